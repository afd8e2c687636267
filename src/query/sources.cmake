set(STAGE_SOURCES position_analysis.cpp)
