//! Sorting that costs the WebAssembly builds little code. Each standard sort call is its own
//! copy of a large algorithm (about 3.5 KB per call site in the page's module, 49 KB in all), so
//! in WebAssembly these use one small heapsort; natively they are the standard sorts. Results
//! are the same either way: the stable sorts break ties by position, and `sort_values` sorts
//! values whose equal ones are indistinguishable (integers, tuples and strings).

use std::cmp::Ordering;

/// A stable sort by key, as `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    if cfg!(not(target_arch = "wasm32")) {
        v.sort_by_key(key);
    } else {
        sort_by(v, |a, b| key(a).cmp(&key(b)));
    }
}

/// A stable sort by a comparison, as `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if cfg!(not(target_arch = "wasm32")) {
        v.sort_by(compare);
        return;
    }
    let mut order = sorted_positions(v.len(), &mut |a, b| compare(&v[a], &v[b]));
    permute(v, &mut order);
}

/// Positions `0..n` in sorted order by `compare` on positions, ties by position (stable). Not
/// generic, so that all of the page's stable sorts share one heapsort (a copy per call site
/// was 15 copies of `sift_down` in the page's module).
fn sorted_positions(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    heapsort(&mut order, |&a, &b| {
        compare(a, b).then(a.cmp(&b)) == Ordering::Less
    });
    order
}

/// Sorts values whose equal ones are indistinguishable, as `slice::sort_unstable`.
pub fn sort_values<T: Ord>(v: &mut [T]) {
    if cfg!(not(target_arch = "wasm32")) {
        v.sort_unstable();
    } else {
        heapsort(v, |a, b| a < b);
    }
}

/// As `slice::sort_unstable_by_key`, for values whose ties are interchangeable (the order of
/// equal keys may differ between WebAssembly and native builds). The lexicon's two unstable
/// sorts were the page's last copies of the standard sort (about 1 KB gzipped each).
pub fn sort_unstable_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    if cfg!(not(target_arch = "wasm32")) {
        v.sort_unstable_by_key(key);
    } else {
        heapsort(v, |a, b| key(a) < key(b));
    }
}

fn heapsort<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift_down(v, i, n, &mut less);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end, &mut less);
    }
}

fn sift_down<T>(v: &mut [T], mut node: usize, end: usize, less: &mut impl FnMut(&T, &T) -> bool) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[node], &v[child]) {
            return;
        }
        v.swap(node, child);
        node = child;
    }
}

/// Puts `v[order[i]]` at `i`, cycle by cycle (each value moves once); `order` is used up.
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    for i in 0..v.len() {
        let mut at = i;
        loop {
            let next = order[at];
            order[at] = at;
            if next == i || next == at {
                break;
            }
            v.swap(at, next);
            at = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The WebAssembly algorithms, tested natively against the standard sorts.
    #[test]
    fn heapsort_and_permute_agree_with_the_standard_sorts() {
        let mut seed = 7u64;
        for n in [0usize, 1, 2, 3, 5, 17, 100, 1000] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            let mut order = sorted_positions(n, &mut |a, b| v[a].0.cmp(&v[b].0));
            let mut got = v.clone();
            permute(&mut got, &mut order);
            assert_eq!(got, want, "stable, n = {n}");
            let mut want = v.clone();
            want.sort_unstable();
            let mut got = v.clone();
            heapsort(&mut got, |a, b| a < b);
            assert_eq!(got, want, "values, n = {n}");
            // By key, unstable: the keys in order and the same values (ties in any order).
            let mut got = v.clone();
            heapsort(&mut got, |a, b| a.0 < b.0);
            assert!(got.windows(2).all(|w| w[0].0 <= w[1].0), "by key, n = {n}");
            got.sort_unstable();
            assert_eq!(got, want, "by key, same values, n = {n}");
        }
    }
}
