// onrecord: the thin executable. All logic lives in the core library.
#include "cli/command.h"

int main(int argc, char** argv) { return onrecord::run_cli(argc, argv); }
