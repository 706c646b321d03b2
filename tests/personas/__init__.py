"""The persona suite: people a professional may meet, as answers and what their note holds."""
