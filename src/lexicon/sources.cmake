set(STAGE_SOURCES lexicon_store.cpp)
