"""One reader per document format: ``read(data, limits) -> list[Document]``, imported only when needed."""
