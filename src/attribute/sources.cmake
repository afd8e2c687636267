set(STAGE_SOURCES actor_lexicon.cpp actor_registry.cpp)
