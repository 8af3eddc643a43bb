// num/bigint.ts: arbitrary-precision natural numbers ("magnitudes") on raw memory, the layer
// under obj/int.ts (Python ints) and num/dtoa.ts (exact float <-> decimal).
//
// A magnitude is a pointer to little-endian u32 digits (base 2^32) plus a digit count (i32).
// Normalized means the top digit is non-zero; zero is the count 0. Every function takes
// normalized inputs and returns the normalized length of its result unless it says otherwise.
//
// Invariant: nothing here allocates, raises or traps. The caller provides every output and
// scratch buffer, sized by the `bn…Size`/`bn…Work` functions beside each operation (in digits,
// 4 bytes each), so obj/int.ts decides what an allocation failure means (MemoryError) and dtoa
// runs on a static arena. Signs, and Python's floor semantics, live in obj/int.ts; the bitwise
// operations here already implement Python's infinite two's complement on sign-magnitude input.

// {==== digit access

// @ts-ignore: decorator
@inline export function dg(p: usize, i: i32): u32 { return load<u32>(p + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline export function dset(p: usize, i: i32, v: u32): void { store<u32>(p + (<usize>i << 2), v); }
// @ts-ignore: decorator
@inline function dadr(p: usize, i: i32): usize { return p + (<usize>i << 2); }

/** Length of a[0..n) without its leading zero digits. */
export function bnNorm(a: usize, n: i32): i32 {
  while (n > 0 && dg(a, n - 1) == 0) n--;
  return n;
}

/** Copy n digits (regions may overlap). */
// @ts-ignore: decorator
@inline export function bnCopy(dst: usize, src: usize, n: i32): void {
  memory.copy(dst, src, <usize>n << 2);
}

// @ts-ignore: decorator
@inline export function bnZero(dst: usize, n: i32): void { memory.fill(dst, 0, <usize>n << 2); }

/** Write v (a u64) as a magnitude at out (2 digits of room); returns its length. */
export function bnFromU64(v: u64, out: usize): i32 {
  dset(out, 0, <u32>v);
  dset(out, 1, <u32>(v >> 32));
  return v == 0 ? 0 : (v >> 32) != 0 ? 2 : 1;
}

/** The low 64 bits of a. */
export function bnLow64(a: usize, na: i32): u64 {
  if (na == 0) return 0;
  if (na == 1) return <u64>dg(a, 0);
  return <u64>dg(a, 0) | (<u64>dg(a, 1) << 32);
}

/** Number of bits of a (0 for zero): Python's int.bit_length. */
export function bnBitLength(a: usize, na: i32): u64 {
  if (na == 0) return 0;
  return (<u64>(na - 1) << 5) + <u64>(32 - clz<u32>(dg(a, na - 1)));
}

/** True if any of the low `bits` bits of a is set. */
export function bnLowBitsSet(a: usize, na: i32, bits: u64): bool {
  let whole = <i32>min<u64>(bits >> 5, <u64>na);
  for (let i = 0; i < whole; i++) if (dg(a, i) != 0) return true;
  let rest = <u32>(bits & 31);
  if (rest != 0 && whole < na) return (dg(a, whole) & ((<u32>1 << rest) - 1)) != 0;
  return false;
}
// }====

// {==== comparison, addition, subtraction

/** Three-way comparison of normalized magnitudes: -1, 0 or 1. */
export function bnCmp(a: usize, na: i32, b: usize, nb: i32): i32 {
  if (na != nb) return na < nb ? -1 : 1;
  for (let i = na - 1; i >= 0; i--) {
    let x = dg(a, i), y = dg(b, i);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

/** out = a + b. out has room for max(na, nb) + 1 digits and may be a or b. */
export function bnAdd(a: usize, na: i32, b: usize, nb: i32, out: usize): i32 {
  if (na < nb) { let t = a; a = b; b = t; let tn = na; na = nb; nb = tn; }
  let carry: u64 = 0;
  let i = 0;
  for (; i < nb; i++) {
    carry += <u64>dg(a, i) + <u64>dg(b, i);
    dset(out, i, <u32>carry);
    carry >>= 32;
  }
  for (; i < na; i++) {
    carry += <u64>dg(a, i);
    dset(out, i, <u32>carry);
    carry >>= 32;
  }
  if (carry != 0) { dset(out, i, 1); i++; }
  return i;
}

/** out = a - b for a >= b. out has room for na digits and may be a or b. */
export function bnSub(a: usize, na: i32, b: usize, nb: i32, out: usize): i32 {
  let borrow: i64 = 0;
  let i = 0;
  for (; i < nb; i++) {
    let d = <i64>dg(a, i) - <i64>dg(b, i) - borrow;
    dset(out, i, <u32>d);
    borrow = (d >> 63) & 1;   // 1 exactly when d went negative
  }
  for (; i < na; i++) {
    let d = <i64>dg(a, i) - borrow;
    dset(out, i, <u32>d);
    borrow = (d >> 63) & 1;
  }
  return bnNorm(out, na);
}

/** acc[0..n) += b[0..nb) (nb <= n), unnormalized; returns the carry out of digit n-1. */
function addInto(acc: usize, n: i32, b: usize, nb: i32): u32 {
  let carry: u64 = 0;
  let i = 0;
  for (; i < nb; i++) {
    carry += <u64>dg(acc, i) + <u64>dg(b, i);
    dset(acc, i, <u32>carry);
    carry >>= 32;
  }
  for (; carry != 0 && i < n; i++) {
    carry += <u64>dg(acc, i);
    dset(acc, i, <u32>carry);
    carry >>= 32;
  }
  return <u32>carry;
}

/** acc[0..n) -= b[0..nb) (nb <= n), unnormalized; returns the borrow out of digit n-1. */
function subInto(acc: usize, n: i32, b: usize, nb: i32): u32 {
  let borrow: i64 = 0;
  let i = 0;
  for (; i < nb; i++) {
    let d = <i64>dg(acc, i) - <i64>dg(b, i) - borrow;
    dset(acc, i, <u32>d);
    borrow = (d >> 63) & 1;
  }
  for (; borrow != 0 && i < n; i++) {
    let d = <i64>dg(acc, i) - borrow;
    dset(acc, i, <u32>d);
    borrow = (d >> 63) & 1;
  }
  return <u32>borrow;
}

/** out = a * m + c for single digits m and c. out has room for na + 1 digits and may be a. */
export function bnMulAddSmall(a: usize, na: i32, m: u32, c: u32, out: usize): i32 {
  let carry: u64 = <u64>c;
  let mm = <u64>m;
  for (let i = 0; i < na; i++) {
    carry += <u64>dg(a, i) * mm;
    dset(out, i, <u32>carry);
    carry >>= 32;
  }
  let n = na;
  if (carry != 0) { dset(out, n, <u32>carry); n++; }
  return bnNorm(out, n);
}

/** out = a / d (d != 0) for a single digit d; returns a % d. out has na digits, may be a;
 *  the quotient's length is bnNorm(out, na). */
export function bnDivSmall(a: usize, na: i32, d: u32, out: usize): u32 {
  let rem: u64 = 0;
  let dd = <u64>d;
  for (let i = na - 1; i >= 0; i--) {
    let cur = (rem << 32) | <u64>dg(a, i);
    let q = cur / dd;
    dset(out, i, <u32>q);
    rem = cur - q * dd;
  }
  return <u32>rem;
}

/** a % d for a single digit d != 0, without a quotient. */
export function bnModSmall(a: usize, na: i32, d: u32): u32 {
  let rem: u64 = 0;
  let dd = <u64>d;
  for (let i = na - 1; i >= 0; i--) rem = ((rem << 32) | <u64>dg(a, i)) % dd;
  return <u32>rem;
}
// }====

// {==== multiplication

//@@ KARATSUBA_CUTOFF: digits (32-bit) of the smaller factor below which schoolbook
//   multiplication wins. Measured in V8/TurboFan (x86-64, best of 7, squarish factors): at 32
//   digits one Karatsuba level takes 0.80 us against 0.88 us schoolbook, at 64 digits 2.6 us
//   against 3.4 us, at 512 digits 86 us against 221 us; cutoffs of 24, 32 and 40 are within
//   noise of each other from 40 digits up, and 48 is 10-15 % slower at 64-80 digits.
// @ts-ignore: decorator
@inline export const KARATSUBA_CUTOFF: i32 = 32;

/** Schoolbook product into out[0..na+nb), unnormalized; inputs may carry leading zeros. */
function mulSchool(a: usize, na: i32, b: usize, nb: i32, out: usize): void {
  bnZero(out, na + nb);
  for (let j = 0; j < nb; j++) {
    let bj = <u64>dg(b, j);
    if (bj == 0) continue;
    let carry: u64 = 0;
    let o = dadr(out, j);
    // (2^32-1)^2 + 2*(2^32-1) = 2^64-1: the sum never overflows u64
    for (let i = 0; i < na; i++) {
      let p = o + (<usize>i << 2);
      carry += <u64>dg(a, i) * bj + <u64>load<u32>(p);
      store<u32>(p, <u32>carry);
      carry >>= 32;
    }
    dset(out, j + na, <u32>carry);
  }
}

/** Squaring: each cross product once, doubled; about 0.6x the schoolbook time. */
function sqrSchool(a: usize, na: i32, out: usize): void {
  let n2 = na << 1;
  bnZero(out, n2);
  for (let i = 0; i < na; i++) {           // cross terms a[i]*a[j], j > i
    let ai = <u64>dg(a, i);
    if (ai == 0) continue;
    let carry: u64 = 0;
    for (let j = i + 1; j < na; j++) {
      let p = dadr(out, i + j);
      carry += ai * <u64>dg(a, j) + <u64>load<u32>(p);
      store<u32>(p, <u32>carry);
      carry >>= 32;
    }
    dset(out, i + na, <u32>carry);
  }
  let top: u32 = 0;                         // double them
  for (let k = 0; k < n2; k++) {
    let d = dg(out, k);
    dset(out, k, (d << 1) | top);
    top = d >> 31;
  }
  let carry: u64 = 0;                       // add the squares a[i]^2 at 2i
  for (let i = 0; i < na; i++) {
    let ai = <u64>dg(a, i);
    let sq = ai * ai;
    carry += <u64>dg(out, 2 * i) + (sq & 0xFFFFFFFF);
    dset(out, 2 * i, <u32>carry);
    carry = (carry >> 32) + <u64>dg(out, 2 * i + 1) + (sq >> 32);
    dset(out, 2 * i + 1, <u32>carry);
    carry >>= 32;
  }
}

/** Scratch digits bnMul needs for factors of na and nb digits (0 below the Karatsuba cutoff). */
export function bnMulWork(na: i32, nb: i32): i32 {
  if (min(na, nb) < KARATSUBA_CUTOFF) return 0;
  // per level: two half-sums (h+2 each) and their product (2h+4); the levels halve, and a
  // lopsided product adds one chunk product of 2*nb: a geometric bound with slack per level
  return 6 * (na + nb) + 256;
}

/** out[0..na+nb) = a * b (not normalized here; see bnMul). out must not overlap a or b. */
function mulRaw(a: usize, na: i32, b: usize, nb: i32, out: usize, work: usize): void {
  if (na < nb) { let t = a; a = b; b = t; let tn = na; na = nb; nb = tn; }
  if (nb < KARATSUBA_CUTOFF) {
    if (a == b && na == nb) sqrSchool(a, na, out);
    else mulSchool(a, na, b, nb, out);
    return;
  }
  if (na >= nb << 1) { mulLopsided(a, na, b, nb, out, work); return; }
  // Karatsuba: a = a1*B^h + a0, b = b1*B^h + b0 with h = na/2 < nb (since na < 2nb), so
  // a*b = z2*B^2h + (z1 - z2 - z0)*B^h + z0 where z1 = (a0+a1)(b0+b1).
  let h = na >> 1;
  let square = a == b && na == nb;
  let z0 = out, z2 = dadr(out, h << 1);
  mulRaw(a, h, b, h, z0, work);
  mulRaw(dadr(a, h), na - h, dadr(b, h), nb - h, z2, work);
  let t1 = work;
  let n1 = bnAdd(a, bnNorm(a, h), dadr(a, h), na - h, t1);           // <= na - h + 1 digits
  let t2 = dadr(t1, na - h + 1);
  let n2 = n1;
  if (!square) n2 = bnAdd(b, bnNorm(b, h), dadr(b, h), nb - h, t2);   // <= na - h + 1 digits
  else t2 = t1;
  let z1 = dadr(t1, 2 * (na - h + 1));
  let nz1 = n1 + n2;
  if (n1 == 0 || n2 == 0) bnZero(z1, nz1);
  else mulRaw(t1, n1, t2, n2, z1, dadr(z1, nz1));
  // z1 >= z0 + z2, so their normalized lengths fit in z1's
  subInto(z1, nz1, z0, bnNorm(z0, h << 1));
  subInto(z1, nz1, z2, bnNorm(z2, na + nb - (h << 1)));
  nz1 = bnNorm(z1, nz1);
  addInto(dadr(out, h), na + nb - h, z1, nz1);
}

/** a much longer than b: multiply b by nb-digit slices of a and add them in. */
function mulLopsided(a: usize, na: i32, b: usize, nb: i32, out: usize, work: usize): void {
  bnZero(out, na + nb);
  let prod = work;
  let sub = dadr(work, nb << 1);
  for (let off = 0; off < na; off += nb) {
    let len = min(nb, na - off);
    let ln = bnNorm(dadr(a, off), len);
    if (ln == 0) continue;
    mulRaw(dadr(a, off), ln, b, nb, prod, sub);
    addInto(dadr(out, off), na + nb - off, prod, ln + nb);
  }
}

/** out = a * b. out has na + nb digits and must not overlap a or b; work has bnMulWork(na, nb)
 *  digits. a and b may be the same magnitude (squaring is faster). */
export function bnMul(a: usize, na: i32, b: usize, nb: i32, out: usize, work: usize): i32 {
  if (na == 0 || nb == 0) return 0;
  if (nb == 1) return bnMulAddSmall(a, na, dg(b, 0), 0, out);
  if (na == 1) return bnMulAddSmall(b, nb, dg(a, 0), 0, out);
  mulRaw(a, na, b, nb, out, work);
  return bnNorm(out, na + nb);
}

/** Schoolbook only (for measuring the Karatsuba cutoff). */
export function bnMulSchool(a: usize, na: i32, b: usize, nb: i32, out: usize): i32 {
  if (na == 0 || nb == 0) return 0;
  mulSchool(a, na, b, nb, out);
  return bnNorm(out, na + nb);
}
// }====

// {==== division (Knuth, TAOCP vol. 2, 4.3.1, algorithm D)

/** Scratch digits bnDivmod needs. */
// @ts-ignore: decorator
@inline export function bnDivWork(na: i32, nb: i32): i32 { return na + 1 + nb; }

/**
 * q = a / b and r = a % b for na >= nb >= 1, b normalized. q has na - nb + 1 digits; r has nb
 * digits, or is 0 when only the quotient is wanted; work has bnDivWork(na, nb) digits. q and r
 * must not overlap a, b or work. Lengths: bnNorm(q, na - nb + 1) and bnNorm(r, nb).
 */
export function bnDivmod(a: usize, na: i32, b: usize, nb: i32, q: usize, r: usize, work: usize): void {
  if (nb == 1) {
    let rem = bnDivSmall(a, na, dg(b, 0), q);
    if (r != 0) dset(r, 0, rem);
    return;
  }
  // D1: normalize so the divisor's top bit is set; then qhat is at most 2 too large
  let s = <u32>clz<u32>(dg(b, nb - 1));
  let vn = work, un = dadr(work, nb);
  shlRaw(b, nb, s, vn);
  dset(un, na, s == 0 ? 0 : dg(a, na - 1) >> (32 - s));
  shlRaw(a, na, s, un);
  let vtop = <u64>dg(vn, nb - 1), vnext = <u64>dg(vn, nb - 2);
  for (let j = na - nb; j >= 0; j--) {
    // D3: estimate qhat from the top two digits of the remainder and the divisor's top digit
    let num = (<u64>dg(un, j + nb) << 32) | <u64>dg(un, j + nb - 1);
    let qhat = num / vtop;
    let rhat = num - qhat * vtop;
    while (qhat > 0xFFFFFFFF || qhat * vnext > ((rhat << 32) | <u64>dg(un, j + nb - 2))) {
      qhat--;
      rhat += vtop;
      if (rhat > 0xFFFFFFFF) break;
    }
    // D4: multiply and subtract
    let carry: u64 = 0;
    let borrow: i64 = 0;
    for (let i = 0; i < nb; i++) {
      let p = qhat * <u64>dg(vn, i) + carry;
      carry = p >> 32;
      let t = <i64>dg(un, i + j) - <i64>(p & 0xFFFFFFFF) - borrow;
      dset(un, i + j, <u32>t);
      borrow = (t >> 63) & 1;
    }
    let t = <i64>dg(un, j + nb) - <i64>carry - borrow;
    dset(un, j + nb, <u32>t);
    // D6: qhat was one too large (probability ~2/2^32): add the divisor back
    if (t < 0) {
      qhat--;
      let c: u64 = 0;
      for (let i = 0; i < nb; i++) {
        c += <u64>dg(un, i + j) + <u64>dg(vn, i);
        dset(un, i + j, <u32>c);
        c >>= 32;
      }
      dset(un, j + nb, dg(un, j + nb) + <u32>c);
    }
    dset(q, j, <u32>qhat);
  }
  // D8: the remainder is un[0..nb) shifted back
  if (r != 0) {
    if (s == 0) bnCopy(r, un, nb);
    else for (let i = 0; i < nb; i++) dset(r, i, (dg(un, i) >> s) | (dg(un, i + 1) << (32 - s)));
  }
}
// }====

// {==== shifts

/** out[0..n) = a[0..n) << s for 0 <= s < 32, dropping the bits shifted out of the top. */
function shlRaw(a: usize, n: i32, s: u32, out: usize): void {
  if (s == 0) { bnCopy(out, a, n); return; }
  for (let i = n - 1; i > 0; i--) dset(out, i, (dg(a, i) << s) | (dg(a, i - 1) >> (32 - s)));
  dset(out, 0, dg(a, 0) << s);
}

/** Digits a << bits needs. */
// @ts-ignore: decorator
@inline export function bnShlSize(na: i32, bits: u64): i32 { return na + <i32>(bits >> 5) + 1; }

/** out = a << bits. out has bnShlSize(na, bits) digits and may be a. */
export function bnShl(a: usize, na: i32, bits: u64, out: usize): i32 {
  if (na == 0) return 0;
  let ds = <i32>(bits >> 5);
  let s = <u32>(bits & 31);
  // top-down, so out may be a
  if (s == 0) {
    for (let i = na - 1; i >= 0; i--) dset(out, i + ds, dg(a, i));
    dset(out, na + ds, 0);
  } else {
    dset(out, na + ds, dg(a, na - 1) >> (32 - s));
    for (let i = na - 1; i > 0; i--) dset(out, i + ds, (dg(a, i) << s) | (dg(a, i - 1) >> (32 - s)));
    dset(out, ds, dg(a, 0) << s);
  }
  bnZero(out, ds);
  return bnNorm(out, na + ds + 1);
}

/** out = a >> bits (floor). out has max(na - bits/32, 0) digits and may be a. */
export function bnShr(a: usize, na: i32, bits: u64, out: usize): i32 {
  if (bits >= (<u64>na << 5)) return 0;
  let ds = <i32>(bits >> 5);
  let s = <u32>(bits & 31);
  let n = na - ds;
  if (s == 0) {
    for (let i = 0; i < n; i++) dset(out, i, dg(a, i + ds));
  } else {
    for (let i = 0; i < n - 1; i++) dset(out, i, (dg(a, i + ds) >> s) | (dg(a, i + ds + 1) << (32 - s)));
    dset(out, n - 1, dg(a, na - 1) >> s);
  }
  return bnNorm(out, n);
}
// }====

// {==== bitwise operations with Python's infinite two's complement

// @ts-ignore: decorator
@inline export const BN_AND: i32 = 0;
// @ts-ignore: decorator
@inline export const BN_OR: i32 = 1;
// @ts-ignore: decorator
@inline export const BN_XOR: i32 = 2;

/** True if op(a, b) is negative for operands of the given signs. */
export function bnBitopNeg(op: i32, negA: bool, negB: bool): bool {
  return op == BN_AND ? negA && negB : op == BN_OR ? negA || negB : negA != negB;
}

/**
 * The magnitude of op(±a, ±b) (op: BN_AND, BN_OR, BN_XOR) where a negative operand stands for
 * its infinite two's complement ~(|x| - 1); the result's sign is bnBitopNeg(op, negA, negB).
 * out has max(na, nb) + 1 digits and may be a or b.
 */
export function bnBitop(op: i32, a: usize, na: i32, negA: bool, b: usize, nb: i32, negB: bool, out: usize): i32 {
  let n = max(na, nb);
  let negR = bnBitopNeg(op, negA, negB);
  // borrows of |a|-1 and |b|-1, carry of ~r+1: two's complement digit by digit
  let ba: u32 = negA ? 1 : 0, bb: u32 = negB ? 1 : 0, cr: u64 = negR ? 1 : 0;
  let extA: u32 = negA ? 0xFFFFFFFF : 0, extB: u32 = negB ? 0xFFFFFFFF : 0;
  for (let i = 0; i < n; i++) {
    let x: u32, y: u32;
    if (i < na) {
      x = dg(a, i);
      if (negA) { let d = x - ba; ba = x < ba ? 1 : 0; x = ~d; }
    } else x = extA;
    if (i < nb) {
      y = dg(b, i);
      if (negB) { let d = y - bb; bb = y < bb ? 1 : 0; y = ~d; }
    } else y = extB;
    let z = op == BN_AND ? x & y : op == BN_OR ? x | y : x ^ y;
    if (negR) { cr += <u64>(~z); z = <u32>cr; cr >>= 32; }
    dset(out, i, z);
  }
  // the sign extension of r is all ones when negative: ~ext + carry leaves only the carry
  if (negR && cr != 0) { dset(out, n, <u32>cr); n++; }
  return bnNorm(out, n);
}
// }====

// {==== powers

/** Digits a ** e needs (for na > 0): bit_length(a) * e bits, plus one spare digit. */
export function bnPowSize(a: usize, na: i32, e: u64): u64 {
  return ((bnBitLength(a, na) * e + 31) >> 5) + 1;
}

/** Scratch bnPow needs: a second result buffer and the multiplication scratch. */
export function bnPowWork(size: i32): i32 { return size + bnMulWork(size, size); }

/**
 * out = a ** e (e >= 1, na >= 1) by left-to-right binary exponentiation. out has
 * size = bnPowSize(a, na, e) digits; work has bnPowWork(size). out must not overlap a.
 */
export function bnPow(a: usize, na: i32, e: u64, out: usize, size: i32, work: usize): i32 {
  let tmp = work, mw = dadr(work, size);
  let cur = out, other = tmp;
  bnCopy(cur, a, na);
  let n = na;
  let bit = 63 - <i32>clz<u64>(e);
  for (let k = bit - 1; k >= 0; k--) {
    n = bnMul(cur, n, cur, n, other, mw);
    let t = cur; cur = other; other = t;
    if ((e >> <u64>k) & 1) {
      n = bnMul(cur, n, a, na, other, mw);
      t = cur; cur = other; other = t;
    }
  }
  if (cur != out) bnCopy(out, cur, n);
  return n;
}

/** Scratch bnPowMod needs for a modulus of nm digits. */
export function bnPowModWork(nm: i32): i32 {
  return nm /*base*/ + nm /*acc*/ + 2 * nm /*prod*/ + (nm + 2) /*quot*/ +
    bnDivWork(2 * nm, nm) + bnMulWork(nm, nm);
}

/** prod[0..np) mod m into dst; q and dw are scratch. */
function modInto(prod: usize, np: i32, m: usize, nm: i32, dst: usize, q: usize, dw: usize): i32 {
  if (bnCmp(prod, np, m, nm) < 0) { bnCopy(dst, prod, np); return np; }
  bnDivmod(prod, np, m, nm, q, dst, dw);
  return bnNorm(dst, nm);
}

/**
 * out = a ** e % m for nm >= 1 and a < m (reduce first). e has ne >= 0 digits. out has nm
 * digits; work has bnPowModWork(nm). Right-to-left square and multiply.
 */
export function bnPowMod(a: usize, na: i32, e: usize, ne: i32, m: usize, nm: i32, out: usize, work: usize): i32 {
  let base = work, acc = dadr(base, nm), prod = dadr(acc, nm), q = dadr(prod, 2 * nm);
  let dw = dadr(q, nm + 2), mw = dadr(dw, bnDivWork(2 * nm, nm));
  // acc = 1 % m
  let nacc = 0;
  if (!(nm == 1 && dg(m, 0) == 1)) { dset(acc, 0, 1); nacc = 1; }
  bnCopy(base, a, na);
  let nbase = na;
  let top = <u64>bnBitLength(e, ne);
  for (let k: u64 = 0; k < top; k++) {
    if ((dg(e, <i32>(k >> 5)) >> <u32>(k & 31)) & 1) {
      let np = bnMul(acc, nacc, base, nbase, prod, mw);
      nacc = modInto(prod, np, m, nm, acc, q, dw);
    }
    if (k + 1 < top) {
      let np = bnMul(base, nbase, base, nbase, prod, mw);
      nbase = modInto(prod, np, m, nm, base, q, dw);
    }
  }
  bnCopy(out, acc, nacc);
  return nacc;
}

/** Scratch bnInvMod needs for a modulus of nm digits. */
export function bnInvModWork(nm: i32): i32 { return 8 * (2 * nm + 4) + bnDivWork(nm + 1, nm); }

/** Length of bnInvMod's s0 and its sign (set by signedSub). */
let ssNeg = false;

/** out = s0 - q*s1 for signed magnitudes (s0 with sign neg0, s1 with neg1); ssNeg gets the sign. */
function signedSub(s0: usize, n0: i32, neg0: bool, q: usize, nq: i32, s1: usize, n1: i32, neg1: bool,
                   t: usize, out: usize): i32 {
  let nt = bnMul(q, nq, s1, n1, t, 0);            // small cofactors: schoolbook, no scratch
  let tneg = !neg1;                               // the sign of -q*s1
  if (n0 == 0) { ssNeg = tneg; bnCopy(out, t, nt); return nt; }
  if (nt == 0) { ssNeg = neg0; bnCopy(out, s0, n0); return n0; }
  if (neg0 == tneg) { ssNeg = neg0; return bnAdd(s0, n0, t, nt, out); }
  let c = bnCmp(s0, n0, t, nt);
  if (c >= 0) { ssNeg = neg0; return bnSub(s0, n0, t, nt, out); }
  ssNeg = tneg;
  return bnSub(t, nt, s0, n0, out);
}

/**
 * out = the inverse of a modulo m (0 <= a < m, m >= 2), in [0, m): extended Euclid on
 * magnitudes with signed cofactors (|s| <= m throughout). out has nm digits, work
 * bnInvModWork(nm). Returns its length, or -1 when gcd(a, m) != 1 (no inverse).
 */
export function bnInvMod(a: usize, na: i32, m: usize, nm: i32, out: usize, work: usize): i32 {
  let w = 2 * nm + 4;
  let r0 = work, r1 = dadr(work, w), r2 = dadr(work, 2 * w), s0 = dadr(work, 3 * w);
  let s1 = dadr(work, 4 * w), s2 = dadr(work, 5 * w), q = dadr(work, 6 * w), t = dadr(work, 7 * w);
  let dw = dadr(work, 8 * w);
  bnCopy(r0, m, nm); bnCopy(r1, a, na);
  let n0 = nm, n1 = na;
  let ns0 = 0, ns1 = 1, neg0 = false, neg1 = false;  // s0 = 0, s1 = 1: s_i * a = r_i (mod m)
  dset(s1, 0, 1);
  while (n1 != 0) {
    // q, r2 = divmod(r0, r1)
    let nq: i32, n2: i32;
    if (bnCmp(r0, n0, r1, n1) < 0) { nq = 0; bnCopy(r2, r0, n0); n2 = n0; }
    else {
      bnDivmod(r0, n0, r1, n1, q, r2, dw);
      nq = bnNorm(q, n0 - n1 + 1); n2 = bnNorm(r2, n1);
    }
    let ns2 = signedSub(s0, ns0, neg0, q, nq, s1, ns1, neg1, t, s2);
    let neg2 = ssNeg;
    let tp = r0; r0 = r1; r1 = r2; r2 = tp; n0 = n1; n1 = n2;
    tp = s0; s0 = s1; s1 = s2; s2 = tp; ns0 = ns1; ns1 = ns2; neg0 = neg1; neg1 = neg2;
  }
  if (!(n0 == 1 && dg(r0, 0) == 1)) return -1;
  if (!neg0 || ns0 == 0) { bnCopy(out, s0, ns0); return ns0; }
  return bnSub(m, nm, s0, ns0, out);
}
// }====

// {==== conversion to and from f64

/**
 * a modulo 2^61 - 1, the heart of CPython's hash(int): x * 2^32 mod (2^61 - 1) is a rotation of
 * x's 61 bits, because 2^61 = 1 there.
 */
export function bnMod61(a: usize, na: i32): u64 {
  const M: u64 = (<u64>1 << 61) - 1;
  let x: u64 = 0;
  for (let i = na - 1; i >= 0; i--) {
    x = ((x << 32) & M) | (x >> 29);
    x += <u64>dg(a, i);
    if (x >= M) x -= M;
  }
  return x;
}


/** f64 reinterpret of 2^k for -1022 <= k <= 1023. */
// @ts-ignore: decorator
@inline export function pow2(k: i32): f64 { return reinterpret<f64>(<u64>(k + 1023) << 52); }

/** x * 2^e for an integral 1 <= x < 2^64 (or 0) and e >= -2000: exact whenever the result is
 *  representable, subnormal included, because every intermediate product stays normal and only
 *  the last multiplication can round. Overflow gives Infinity. */
export function ldexpExact(x: f64, e: i32): f64 {
  while (e > 1023) { x *= pow2(1023); e -= 1023; }
  while (e < -1022) { x *= pow2(-1022); e += 1022; }
  return x * pow2(e);
}

/** a correctly rounded to f64 (round-half-even); +Infinity when it is too large. */
export function bnToF64(a: usize, na: i32): f64 {
  if (na <= 2) return <f64>bnLow64(a, na);      // wasm's u64 -> f64 rounds half to even
  let bits = bnBitLength(a, na);
  if (bits > 1024) return Infinity;
  // the top 64 bits, with every lower bit folded into bit 0 (sticky): 64 > 53 + 2, so the
  // conversion rounds exactly as the whole number would
  let sh = bits - 64;
  let ds = <i32>(sh >> 5), s = <u32>(sh & 31);
  let top: u64;
  if (s == 0) top = (<u64>dg(a, ds + 1) << 32) | <u64>dg(a, ds);
  else top = (<u64>dg(a, ds + 2) << (64 - s)) | (<u64>dg(a, ds + 1) << (32 - s)) | (<u64>dg(a, ds) >> s);
  if (bnLowBitsSet(a, na, sh)) top |= 1;
  return ldexpExact(<f64>top, <i32>sh);     // may round up to 2^1024 = Infinity
}

/** The integer |x| for a finite integral x, at out (33 digits of room); returns the length. */
export function bnFromF64(x: f64, out: usize): i32 {
  let bits = reinterpret<u64>(x);
  let ex = <i32>((bits >> 52) & 0x7FF);
  if (ex < 1023) return 0;                      // |x| < 1
  let m = (bits & 0xFFFFFFFFFFFFF) | 0x10000000000000;
  let e = ex - 1075;
  if (e <= 0) return bnFromU64(m >> <u64>(-e), out);
  let n = bnFromU64(m, out);
  return bnShl(out, n, <u64>e, out);
}

/** Scratch bnTrueDiv needs: the shifted dividend has at most max(na, nb + 3) digits (see the
 *  choice of shift below), then its quotient, remainder and bnDivmod's scratch follow it. */
export function bnTrueDivWork(na: i32, nb: i32): i32 { return 3 * max(na, nb + 3) + nb + 8; }

/**
 * a / b correctly rounded (round-half-even) to f64, for nb >= 1: CPython's long_true_divide on
 * magnitudes. +Infinity when the quotient is too large. work has bnTrueDivWork(na, nb) digits.
 */
export function bnTrueDiv(a: usize, na: i32, b: usize, nb: i32, work: usize): f64 {
  if (na == 0) return 0;
  let abits = bnBitLength(a, na), bbits = bnBitLength(b, nb);
  if (abits <= 53 && bbits <= 53) return <f64>bnLow64(a, na) / <f64>bnLow64(b, nb); // both exact
  // 2^(diff-1) < a/b < 2^(diff+1)
  let diff = <i64>abits - <i64>bbits;
  if (diff > 1024) return Infinity;
  if (diff < -1021 - 53 - 1) return 0;       // below half the smallest subnormal
  // x = floor(a / (b * 2^shift)) gets DBL_MANT_DIG + 2 or + 3 bits (fewer when subnormal),
  // so two extra bits and a sticky "inexact" suffice to round
  let shift = <i32>max<i64>(diff, -1021) - 53 - 2;
  let inexact = false;
  let A = work, nA: i32;
  if (shift <= 0) nA = bnShl(a, na, <u64>(-shift), A);
  else {
    nA = bnShr(a, na, <u64>shift, A);
    inexact = bnLowBitsSet(a, na, <u64>shift);
  }
  let x: u64;
  if (nA < nb) { x = 0; inexact = inexact || nA != 0; }
  else {
    let q = dadr(A, nA + 1), r = dadr(q, nA - nb + 2), dw = dadr(r, nb + 1);
    bnDivmod(A, nA, b, nb, q, r, dw);
    let nq = bnNorm(q, nA - nb + 1);
    x = bnLow64(q, nq);
    if (bnNorm(r, nb) != 0) inexact = true;
  }
  let xbits = 64 - <i32>clz<u64>(x);
  // round x to DBL_MANT_DIG bits (fewer for a subnormal result), half to even
  let extra = max(xbits, -1021 - shift) - 53;
  let mask: u64 = <u64>1 << <u64>(extra - 1);
  let low = x | (inexact ? 1 : 0);
  if ((low & mask) != 0 && (low & (3 * mask - 1)) != 0) x += mask;
  x &= ~(2 * mask - 1);
  let dx = <f64>x;                                   // exact: at most 54 significant bits
  if (shift + xbits >= 1024 && (shift + xbits > 1024 || dx == pow2(xbits))) return Infinity;
  return ldexpExact(dx, shift);
}
// }====
