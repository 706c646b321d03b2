"""The guide: pydantic models of the content, loading, validation and look-ups."""
