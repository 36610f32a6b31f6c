//! The page's memory allocator, in place of std's dlmalloc (7 KB of code): blocks in 117 sizes
//! (see `class`), one free list per size, new blocks cut from pages taken with `memory.grow`.
//! Allocation and freeing take constant time; a block is never split or merged, and a freed
//! one is reused only for the same size, but the last block cut grows where it is (a growing
//! buffer). WebAssembly memory never shrinks, with dlmalloc too. The module runs on one thread (the page or its worker, each with
//! its own memory).

use std::alloc::{GlobalAlloc, Layout};
use std::cell::{Cell, UnsafeCell};
use std::ptr::null_mut;

pub struct Buckets {
    /// The first free block of each size (see `class`); each free block starts with the next.
    free: UnsafeCell<[*mut u8; LISTS]>,
    /// The unused part of the last pages taken.
    next: Cell<usize>,
    end: Cell<usize>,
}

/// Free lists: up to blocks of 8 << 27 bytes (1 GiB).
const LISTS: usize = 4 * 27 + 9;

// One thread: wasm32-unknown-unknown without atomics.
unsafe impl Sync for Buckets {}

#[global_allocator]
static ALLOC: Buckets = Buckets {
    free: UnsafeCell::new([null_mut(); LISTS]),
    next: Cell::new(0),
    end: Cell::new(0),
};

/// The free list and size of the blocks for `l`: 8 or 16 bytes, else the least 5, 6, 7 or 8
/// times a power of two that holds it (so at most a quarter is left unused). A block's size is
/// a multiple of the layout's alignment (up to 16), as the size rounded up to it is.
fn class(l: Layout) -> (usize, usize) {
    let s = (l.size().max(8) + l.align() - 1) & !(l.align() - 1);
    if s <= 16 {
        return if s <= 8 { (0, 8) } else { (1, 16) };
    }
    let e = (usize::BITS - 3 - (s - 1).leading_zeros()) as usize;
    let m = ((s - 1) >> e) + 1;
    (4 * e + m, m << e)
}

unsafe impl GlobalAlloc for Buckets {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let (k, size) = class(l);
        // Blocks up to 1 GiB, so that no address arithmetic below can overflow.
        if k >= LISTS {
            return null_mut();
        }
        let free = &mut *self.free.get();
        let p = free[k];
        // A block is aligned to 16 or to the largest power of two that divides its size: enough
        // for any alignment up to 16; larger ones (no type here has one) get a new block.
        if !p.is_null() && l.align() <= 16 {
            free[k] = *(p as *mut *mut u8);
            return p;
        }
        let a = l.align().max(16.min(size & size.wrapping_neg()));
        let mut at = (self.next.get() + a - 1) & !(a - 1);
        if !self.room(at + size, size + a) {
            // New pages apart from the old ones (the first ones taken): cut from them.
            at = (self.next.get() + a - 1) & !(a - 1);
            if at + size > self.end.get() {
                return null_mut();
            }
        }
        self.next.set(at + size);
        at as *mut u8
    }

    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if l.align() <= 16 {
            let free = &mut *self.free.get();
            let k = class(l).0;
            *(p as *mut *mut u8) = free[k];
            free[k] = p;
        }
    }

    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        let new = Layout::from_size_align_unchecked(new_size, l.align());
        let ((k0, size0), (k, size)) = (class(l), class(new));
        if k0 == k {
            return p;
        }
        // The last block cut (a growing buffer, often) grows or shrinks where it is.
        let at = p as usize;
        if at + size0 == self.next.get() && at % 16 == 0 && k < LISTS && self.room(at + size, 0) {
            self.next.set(at + size);
            return p;
        }
        let q = self.alloc(new);
        if !q.is_null() {
            std::ptr::copy_nonoverlapping(p, q, l.size().min(new_size));
            self.dealloc(p, l);
        }
        q
    }
}

impl Buckets {
    /// Makes the memory reach `upto`, taking pages (at least `fresh` bytes of them, and 1 MiB);
    /// false where it cannot grow or where the new pages do not follow the old ones (then
    /// blocks are cut from the new pages on).
    unsafe fn room(&self, upto: usize, fresh: usize) -> bool {
        let end = self.end.get();
        if upto <= end {
            return true;
        }
        let pages = ((upto - end).max(fresh) + 0xffff) >> 16;
        let pages = pages.max(16);
        let old = core::arch::wasm32::memory_grow(0, pages);
        if old == usize::MAX {
            return false;
        }
        let base = old << 16;
        if base != end {
            self.next.set(base);
        }
        self.end.set(base + (pages << 16));
        base == end
    }
}
