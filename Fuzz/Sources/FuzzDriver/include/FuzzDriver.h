#ifndef BLOTTER_FUZZ_DRIVER_H
#define BLOTTER_FUZZ_DRIVER_H

/* Runs libFuzzer's driver over the harness's LLVMFuzzerTestOneInput.
   SwiftPM links an executable target with `--defsym main=<Target>_main`, a symbol that
   `-parse-as-library` never emits, so each harness defines `<Target>_main` itself (with
   @_cdecl) and hands over to libFuzzer here instead of relying on libFuzzer's own `main`. */
int blotter_fuzz_main(int argc, char **argv);

#endif
