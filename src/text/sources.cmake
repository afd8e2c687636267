set(STAGE_SOURCES utf8.cpp segmenter.cpp)
