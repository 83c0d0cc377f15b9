"""Render: upstream's templates fed with the facts the generator derives from the document."""
