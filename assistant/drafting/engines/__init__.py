"""The drafting engines: the protocol they implement, the offline (extractive) and the LLM
engine with its prompts and call log, and the factory choosing one from the settings."""
