//! Compact JSON, byte for byte as `serde_json::to_writer` writes it, into a `Vec<u8>`.
//!
//! NDJSON output was a seventh of the whole process: serde_json escapes every key and string
//! byte by byte (9 instructions a byte) and goes through `io::Write` for each piece. Here a
//! string is first tested for bytes that need an escape 16 at a time (a test the compiler
//! vectorises) and, in the usual case of none, copied whole. Numbers are written by serde_json's
//! own formatter, so they cannot differ.

use std::fmt::{self, Display};

use serde::ser;
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter};

/// Appends the compact JSON of `value` to `out`.
pub fn to_vec<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(&mut Compact {
        out,
        clean_keys: [(0, 0); 64],
    })
}

/// Why a value could not be written (a map key that is not a string or number, or a custom
/// error from a `Serialize` impl).
#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct Compact<'a> {
    out: &'a mut Vec<u8>,
    /// Field names known to need no escape, by address: a derived `Serialize` passes the same
    /// `&'static str` for a field every time, and static text never changes. Testing a name's
    /// bytes each time cost more than writing it.
    clean_keys: [(usize, usize); 64],
}

/// Whether a byte must be escaped in a JSON string (serde_json's set: controls, `"`, `\`).
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether any byte of `s` needs an escape, eight bytes at a time (the usual answer is no).
fn any_escape(s: &[u8]) -> bool {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte's high bit in the result is set only if some byte is below 0x20, or zero after
    // the xor (a `"` or `\`); exact for "any", which is all that is asked.
    let word = |c: &[u8]| {
        let x = u64::from_le_bytes(c.try_into().unwrap_or([0x20; 8]));
        let below = x.wrapping_sub(0x20 * LOW);
        let quote = (x ^ (b'"' as u64 * LOW)).wrapping_sub(LOW);
        let slash = (x ^ (b'\\' as u64 * LOW)).wrapping_sub(LOW);
        (below | quote | slash) & !x & HIGH
    };
    if s.len() < 8 {
        return s.iter().any(|&b| needs_escape(b));
    }
    let mut chunks = s.chunks_exact(8);
    let mut hit = 0;
    for c in &mut chunks {
        hit |= word(c);
    }
    // The last bytes, as one word that overlaps the chunks before it.
    hit |= word(&s[s.len() - 8..]);
    hit != 0
}

/// Writes `s` as a JSON string with serde_json's escapes.
fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    if !any_escape(bytes) {
        out.extend_from_slice(bytes);
    } else {
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if !needs_escape(b) {
                continue;
            }
            out.extend_from_slice(&bytes[run..i]);
            run = i + 1;
            match b {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0c => out.extend_from_slice(b"\\f"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[usize::from(b >> 4)]);
                    out.push(HEX[usize::from(b & 0xf)]);
                }
            }
        }
        out.extend_from_slice(&bytes[run..]);
    }
    out.push(b'"');
}

/// Writing into a `Vec` cannot fail; serde_json's formatter still returns `io::Result`.
fn io(r: std::io::Result<()>) -> Result<(), Error> {
    r.map_err(|e| Error(e.to_string()))
}

impl<'a> Compact<'a> {
    fn float(&mut self, finite: bool, write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) {
        // serde_json writes a NaN or an infinity as null.
        if finite {
            // Cannot fail: the writer is a Vec.
            let _ = write(self.out);
        } else {
            self.out.extend_from_slice(b"null");
        }
    }
}

/// An open array or object: whether an element was written, for the commas.
pub struct Seq<'s, 'a> {
    ser: &'s mut Compact<'a>,
    first: bool,
    /// The bytes that close it: `]`, `}`, or `]}` / `}}` for a variant's contents.
    close: &'static [u8],
}

impl Seq<'_, '_> {
    #[inline(always)]
    fn comma(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.ser.out.push(b',');
        }
    }

    #[inline(always)]
    fn key(&mut self, key: &'static str) {
        self.comma();
        let ser = &mut *self.ser;
        let id = (key.as_ptr() as usize, key.len());
        let slot = &mut ser.clean_keys[(id.0 >> 2) % 64];
        if *slot == id || !key.bytes().any(needs_escape) {
            *slot = id;
            ser.out.reserve(key.len() + 3);
            ser.out.push(b'"');
            ser.out.extend_from_slice(key.as_bytes());
            ser.out.extend_from_slice(b"\":");
        } else {
            write_str(ser.out, key);
            ser.out.push(b':');
        }
    }

    fn close(self) {
        self.ser.out.extend_from_slice(self.close);
    }
}

impl<'s, 'a> ser::Serializer for &'s mut Compact<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'s, 'a>;
    type SerializeTuple = Seq<'s, 'a>;
    type SerializeTupleStruct = Seq<'s, 'a>;
    type SerializeTupleVariant = Seq<'s, 'a>;
    type SerializeMap = Seq<'s, 'a>;
    type SerializeStruct = Seq<'s, 'a>;
    type SerializeStructVariant = Seq<'s, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        if v < 0 {
            self.out.push(b'-');
        }
        self.serialize_u64(v.unsigned_abs())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        io(CompactFormatter.write_i128(self.out, v))
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        // Two digits at a time from a table, as itoa does, into one copy.
        const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
            2021222324252627282930313233343536373839\
            4041424344454647484950515253545556575859\
            6061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899";
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        let mut v = v;
        while v >= 100 {
            let d = (v % 100) as usize * 2;
            v /= 100;
            i -= 2;
            buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
        }
        if v >= 10 {
            let d = v as usize * 2;
            i -= 2;
            buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
        } else {
            i -= 1;
            buf[i] = b'0' + v as u8;
        }
        self.out.extend_from_slice(&buf[i..]);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        io(CompactFormatter.write_u128(self.out, v))
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(v.is_finite(), |o| CompactFormatter.write_f32(o, v));
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v.is_finite(), |o| CompactFormatter.write_f64(o, v));
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.push(b':');
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Seq<'s, 'a>, Error> {
        self.out.push(b'[');
        Ok(Seq {
            ser: self,
            first: true,
            close: b"]",
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'s, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Seq<'s, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Seq<'s, 'a>, Error> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.extend_from_slice(b":[");
        Ok(Seq {
            ser: self,
            first: true,
            close: b"]}",
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Seq<'s, 'a>, Error> {
        self.out.push(b'{');
        Ok(Seq {
            ser: self,
            first: true,
            close: b"}",
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Seq<'s, 'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Seq<'s, 'a>, Error> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.extend_from_slice(b":{");
        Ok(Seq {
            ser: self,
            first: true,
            close: b"}}",
        })
    }
}

impl ser::SerializeSeq for Seq<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

impl ser::SerializeTuple for Seq<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Seq<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Seq<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeMap for Seq<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        // A key is written as a value, then quoted if serde_json would quote it (a number or
        // a bool); any other key is an error there too.
        let at = self.ser.out.len();
        key.serialize(&mut *self.ser)?;
        let written = &self.ser.out[at..];
        let quote = match written.first() {
            Some(b'"') => false,
            Some(b'-' | b'0'..=b'9' | b't' | b'f') => true,
            _ => {
                self.ser.out.truncate(at);
                return Err(Error("key must be a string".into()));
            }
        };
        if quote {
            self.ser.out.insert(at, b'"');
            self.ser.out.push(b'"');
        }
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.ser.out.push(b':');
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

impl ser::SerializeStruct for Seq<'_, '_> {
    type Ok = ();
    type Error = Error;
    #[inline(always)]
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.key(key);
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

impl ser::SerializeStructVariant for Seq<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn same<T: Serialize>(v: &T) {
        let mut ours = Vec::new();
        to_vec(&mut ours, v).unwrap();
        let theirs = serde_json::to_vec(v).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let all_low: String = (0u8..0x80).map(char::from).collect();
        for s in [
            "",
            "plain",
            "a \"quoted\" word and a back\\slash",
            "line\nbreak\ttab\r\u{8}\u{c}\u{1}\u{1f}",
            "curly \u{201c}quotes\u{201d}, é, 日本, \u{2028}",
            "sixteen bytes ok\"",
            "exactly sixteen!",
            all_low.as_str(),
        ] {
            same(&s);
            same(&s.repeat(5));
        }
    }

    #[test]
    fn an_escape_is_found_at_any_place_in_any_length() {
        for len in 1..40 {
            for at in 0..len {
                for b in [b'"', b'\\', b'\n', 0, 0x1f] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    let s = String::from_utf8(bytes).unwrap();
                    assert!(any_escape(s.as_bytes()));
                    same(&s);
                }
                // Bytes next to the escaped ones in value are not escaped.
                let mut bytes = vec![0xc3; len];
                bytes[at] = b' ';
                assert!(!any_escape(&bytes));
                let mut bytes = vec![b'!'; len];
                bytes[at] = b'#';
                assert!(!any_escape(&bytes));
                bytes[at] = b']';
                assert!(!any_escape(&bytes));
            }
        }
    }

    #[test]
    fn numbers_options_and_containers_match_serde_json() {
        same(&(0u8, -1i64, u64::MAX, i128::MIN, u128::MAX, 'x', true, false));
        same(&[
            0.0,
            -0.0,
            1.5,
            0.1,
            1e300,
            5e-324,
            123456.789,
            2.0f64.powi(60),
        ]);
        same(&[f64::NAN, f64::INFINITY, f64::NEG_INFINITY]);
        same(&(1.5f32, f32::NAN));
        same(&(None::<u8>, Some("x"), (), Vec::<u8>::new()));
        let mut m = BTreeMap::new();
        m.insert(3, "three");
        m.insert(-4, "minus \"four\"");
        same(&m);
        let mut b = BTreeMap::new();
        b.insert(true, 1);
        b.insert(false, 2);
        same(&b);
        let mut s = BTreeMap::new();
        s.insert("k\n", vec![Some(1.25), None]);
        same(&s);
    }

    #[test]
    fn enums_and_structs_match_serde_json() {
        #[derive(Serialize)]
        enum E {
            Unit,
            New(u8),
            Tuple(u8, String),
            Struct { a: u8, b: Option<String> },
        }
        #[derive(Serialize)]
        struct Unit;
        #[derive(Serialize)]
        struct New(i32);
        #[derive(Serialize)]
        struct Pair(i32, &'static str);
        #[derive(Serialize)]
        struct S {
            e: Vec<E>,
            u: Unit,
            n: New,
            p: Pair,
            #[serde(skip_serializing_if = "Option::is_none")]
            skipped: Option<u8>,
            last: &'static [u8],
        }
        same(&S {
            e: vec![
                E::Unit,
                E::New(7),
                E::Tuple(1, "t".into()),
                E::Struct { a: 2, b: None },
            ],
            u: Unit,
            n: New(-3),
            p: Pair(4, "four"),
            skipped: None,
            last: b"ab",
        });
    }

    #[test]
    fn reports_match_serde_json() {
        let analyzer = slant_core::Analyzer::builtin().unwrap();
        let text = "Officials said the reckless plan was a \"disaster\", according to a source \
                    familiar with the talks.\n\nThe mayor, who spoke on condition of anonymity, \
                    slammed the regime's brazen scheme. It will fail.\tCritics agree.";
        for actors in [false, true] {
            let opts = slant_core::Options {
                actors,
                id: Some("a \"quoted\" id".into()),
                ..Default::default()
            };
            let report = analyzer.analyze(text, &opts).unwrap();
            assert!(!report.flags.is_empty() && !report.sentences.is_empty());
            same(&report);
        }
    }

    #[test]
    fn a_map_key_that_json_cannot_have_is_an_error_as_in_serde_json() {
        let mut m = BTreeMap::new();
        m.insert(vec![1], 2);
        assert!(to_vec(&mut Vec::new(), &m).is_err());
        assert!(serde_json::to_vec(&m).is_err());
    }
}
