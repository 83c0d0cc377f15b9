"""A property must not take a name the generated model class uses itself (whether the spec's names
stay the same identifiers for Python is checked before, by `spec.names`)."""

from __future__ import annotations

from generator.upstream import Config, GeneratorData, UntrustedString

# Names the generated model classes use themselves: members, and locals of to_dict/from_dict that
# a property of the same name would overwrite (a property `cls` breaks `from_dict`); such a
# property becomes the attribute `cls_` (`alias_model_members`). The dict being read is `_d`,
# which no property can become (a leading `_` gets upstream's prefix), so the `d` of a JSON Web
# Key generates as it is.
_MODEL_MEMBERS = (
    "additional_properties",
    "additional_keys",
    "to_dict",
    "from_dict",
    "to_multipart",
    "cls",
    "src_dict",
    "field_dict",
)


def alias_model_members(openapi: GeneratorData, config: Config) -> None:
    """A property named like a member or local of the generated model (`cls`, `to_dict`,
    `additional_properties`) becomes the attribute `<name>_` (`cls_`, or more `_` while that is
    taken); it is still read and sent under its own name."""
    for model in openapi.models:
        properties = [*(model.required_properties or ()), *(model.optional_properties or ())]
        taken = {str(p.python_name) for p in properties} | set(_MODEL_MEMBERS)
        for prop in properties:
            if str(prop.python_name) in _MODEL_MEMBERS:
                alias = f"{prop.python_name}_"
                while alias in taken:
                    alias += "_"
                taken.add(alias)
                prop.set_python_name(UntrustedString(alias), config, skip_snake_case=True)
