"""`make bench`: how fast regen and the generated client are, next to what users would pick instead.

One module per measurement: `regen` (full regen against upstream and openapi-generator, and a regen
with nothing changed), `scaling` (synthetic documents from `synth`), `client` (calls against raw
httpx on `server` or a mock transport, model decode and encode), `imports`, and `stages` (where a
regen's time goes). `measure` times child processes; `report` writes RESULTS.md from results.json.
"""
