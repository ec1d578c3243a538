#ifndef BILAT_SHA256_BLOCKS_H
#define BILAT_SHA256_BLOCKS_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256's 64 round constants (FIPS 180-4, 4.2.2), for both implementations.
const uint32_t *bilat_sha256_constants(void);

/// Whether this processor has the SHA extensions (x86-64 SHA-NI with SSSE3 and SSE4.1).
int bilat_sha256_hardware_available(void);

/// Runs SHA-256's compression function over `count` 64-byte blocks with the
/// SHA instructions. Call only when bilat_sha256_hardware_available() is true.
void bilat_sha256_hardware_blocks(uint32_t state[8], const uint8_t *blocks, size_t count);

#endif
