"""The input: the document loaded with line marks, resolved, modelled and validated."""
