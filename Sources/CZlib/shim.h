// zlib's raw deflate, for the store's compressed article bodies (Debian: zlib1g-dev).
#include <zlib.h>
