#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer (linked from the toolchain's `fuzzer_no_main` runtime) on `callback` with the
/// command line's libFuzzer options (-max_total_time, -timeout, corpus folders…).
int biennien_fuzz(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));
