/*
 * rng.h - the bench generators' PRNG: xoshiro256** seeded by splitmix64
 * (the generator of bench/gen.c), so that a seed gives the same draws on
 * every machine.  Static functions: one state per program.
 */
#ifndef BENCH_RNG_H
#define BENCH_RNG_H

#include <stddef.h>
#include <stdint.h>

static uint64_t rng_state[4];

static uint64_t
splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t
rng_next(void)
{
	uint64_t *s = rng_state;
	uint64_t result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

static void
rng_seed(uint64_t seed)
{
	int i;

	for (i = 0; i < 4; i++)
		rng_state[i] = splitmix64(&seed);
}

/* Uniform in [0, 1), 53 random bits. */
static double
uniform(void)
{
	return (double)(rng_next() >> 11) * 0x1p-53;
}

/* Uniform integer in [0, n); the modulo bias is negligible for small n. */
static size_t
below(size_t n)
{
	return (size_t)(rng_next() % n);
}

#endif
