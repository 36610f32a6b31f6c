//! `slant._slant`: the Rust half of the `slant` Python package (the Python half, with the pandas
//! and Spark helpers, is in `python/slant/`).
//!
//! Reports cross into Python through serde, exactly as the CLI writes them: `pythonize` for
//! dicts, `serde_json` for the `*_json` methods. No field is mapped by hand, so whatever the core's
//! `Report` serialises reaches Python unchanged.

use std::borrow::Cow;
use std::path::PathBuf;

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use rayon::prelude::*;
use slant_cli::input::{load_wordlists, InputError, ListLoadError};
use slant_core::{AnalyzeError, Analyzer as Engine, Category, Options, Report};

pyo3::create_exception!(
    slant,
    WordListError,
    PyValueError,
    "A wordlist could not be loaded. `str(e)` is the CLI's message (`file:line:column: problem`); \
     `e.file`, `e.line`, `e.column` (None when the problem has no position) and `e.message` \
     hold its parts."
);

/// The categories, quotation setting and ids that turn into the core's `Options`.
struct Settings {
    categories: Vec<Category>,
    include_quoted: bool,
    min_confidence: f64,
}

impl Settings {
    fn new(
        only: Option<&Bound<'_, PyAny>>,
        include_quoted: bool,
        min_confidence: Option<f64>,
    ) -> PyResult<Settings> {
        // The CLI's default, so that a report here is the CLI's report.
        let min_confidence =
            min_confidence.unwrap_or(slant_core::confidence::DEFAULT_MIN_CONFIDENCE);
        if !(0.0..=1.0).contains(&min_confidence) {
            return Err(PyValueError::new_err(format!(
                "min_confidence must be between 0 and 1, not {min_confidence}"
            )));
        }
        Ok(Settings {
            categories: categories(only)?,
            include_quoted,
            min_confidence,
        })
    }

    /// One analysis with these settings, flags under `min_confidence` left out (as the CLI does).
    fn run(&self, engine: &Engine, text: &str, id: Option<String>) -> Result<Report, AnalyzeError> {
        let mut report = engine.analyze(text, &self.options(id))?;
        report.keep_confident(self.min_confidence);
        Ok(report)
    }

    fn options(&self, id: Option<String>) -> Options {
        Options {
            categories: self.categories.clone(),
            include_quoted: self.include_quoted,
            id,
            // As the CLI's `check`: actors only when asked for (not offered here yet).
            actors: false,
        }
    }
}

/// `only=None` means every category; a str is one name or a comma list (as the CLI's `--only`);
/// any other iterable gives one name per item.
fn categories(only: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<Category>> {
    let Some(only) = only.filter(|o| !o.is_none()) else {
        return Ok(Category::ALL.to_vec());
    };
    let mut names: Vec<String> = Vec::new();
    if let Ok(s) = only.cast::<PyString>() {
        names.extend(s.to_cow()?.split(',').map(str::to_string));
    } else {
        for item in only.try_iter().map_err(|_| {
            PyTypeError::new_err(format!(
                "only must be a category name or a list of them, not {}",
                type_name(only)
            ))
        })? {
            let item = item?;
            let s = item.cast::<PyString>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "only must hold category names (str), not {}",
                    type_name(&item)
                ))
            })?;
            names.push(s.to_cow()?.into_owned());
        }
    }
    let mut wanted = Vec::with_capacity(names.len());
    for name in &names {
        // Same wording as the CLI's --only.
        wanted.push(Category::parse(name).ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown category {name:?}; use loaded_language, anonymous_source or unattributed_assertion"
            ))
        })?);
    }
    let cats: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| wanted.contains(c))
        .collect();
    if cats.is_empty() {
        return Err(PyValueError::new_err(
            "only names no category; keep at least one of loaded_language, anonymous_source, unattributed_assertion",
        ));
    }
    Ok(cats)
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "an unknown type".to_string())
}

/// The text of an article: only `str` is accepted, so bytes or a missing value (None, NaN from
/// pandas) fail loudly instead of being analysed as their repr.
fn text_of<'a>(obj: &'a Bound<'_, PyAny>, what: &str) -> PyResult<Cow<'a, str>> {
    match obj.cast::<PyString>() {
        Ok(s) => s.to_cow(),
        Err(_) => {
            let hint = if obj.is_instance_of::<pyo3::types::PyBytes>() {
                "; decode it first, e.g. data.decode('utf-8')"
            } else {
                ""
            };
            Err(PyTypeError::new_err(format!(
                "{what} must be a str, not {}{hint}",
                type_name(obj)
            )))
        }
    }
}

/// A report id: a str, an int (written as the CLI writes a JSON number id), or None.
fn id_of(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Option<String>> {
    if obj.is_none() {
        Ok(None)
    } else if let Ok(s) = obj.cast::<PyString>() {
        Ok(Some(s.to_cow()?.into_owned()))
    } else if obj.is_instance_of::<pyo3::types::PyInt>()
        && !obj.is_instance_of::<pyo3::types::PyBool>()
    {
        Ok(Some(obj.str()?.to_cow()?.into_owned()))
    } else {
        Err(PyTypeError::new_err(format!(
            "{what} must be a str, an int or None, not {}",
            type_name(obj)
        )))
    }
}

/// Copies the texts (and ids) out of Python objects so that the analysis can run without the GIL.
fn collect_inputs(
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
) -> PyResult<(Vec<String>, Vec<Option<String>>)> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a single str; use analyze() for one text",
        ));
    }
    let not_iterable = |o: &Bound<'_, PyAny>, what: &str| {
        PyTypeError::new_err(format!("{what} must be an iterable, not {}", type_name(o)))
    };
    let mut out = Vec::new();
    for (i, t) in texts
        .try_iter()
        .map_err(|_| not_iterable(texts, "texts"))?
        .enumerate()
    {
        let t = t?;
        out.push(text_of(&t, &format!("texts[{i}]"))?.into_owned());
    }
    let ids = match ids.filter(|o| !o.is_none()) {
        None => vec![None; out.len()],
        Some(ids) => {
            if ids.is_instance_of::<PyString>() {
                return Err(PyTypeError::new_err(
                    "ids must be an iterable of ids, not a single str",
                ));
            }
            let mut v = Vec::with_capacity(out.len());
            for (i, id) in ids
                .try_iter()
                .map_err(|_| not_iterable(ids, "ids"))?
                .enumerate()
            {
                v.push(id_of(&id?, &format!("ids[{i}]"))?);
            }
            if v.len() != out.len() {
                return Err(PyValueError::new_err(format!(
                    "ids has {} items but texts has {}; give one id per text",
                    v.len(),
                    out.len()
                )));
            }
            v
        }
    };
    Ok((out, ids))
}

fn analyze_error(e: AnalyzeError) -> PyErr {
    match e {
        AnalyzeError::WordList(e) => list_error(ListLoadError::Parse(e)),
        other => PyValueError::new_err(other.to_string()),
    }
}

/// A `WordListError` carrying the CLI's message and its parts.
fn list_error(e: ListLoadError) -> PyErr {
    let text = e.to_string();
    let (file, line, column) = match &e {
        ListLoadError::Parse(p) => (p.origin.clone(), Some(p.line), Some(p.column)),
        ListLoadError::Empty(label) => (label.clone(), None, None),
        ListLoadError::Input(i) => match i {
            InputError::InvalidUtf8 { label, line, .. } => (label.clone(), Some(*line), None),
            InputError::NotFound { label }
            | InputError::Io { label, .. }
            | InputError::Binary { label, .. }
            | InputError::TooLarge { label, .. }
            | InputError::StdinTwice { label }
            | InputError::EmptyDir { label } => (label.clone(), None, None),
        },
    };
    let message = match &e {
        ListLoadError::Parse(p) => p.message.clone(),
        _ => text
            .strip_prefix(&format!("{file}: "))
            .unwrap_or(&text)
            .to_string(),
    };
    Python::attach(|py| {
        let err = WordListError::new_err(text);
        let value = err.value(py);
        let set = || -> PyResult<()> {
            value.setattr("file", file)?;
            value.setattr("line", line)?;
            value.setattr("column", column)?;
            value.setattr("message", message)
        };
        match set() {
            Ok(()) => err,
            Err(e) => e,
        }
    })
}

/// The `wordlists` argument: None, one path, or an iterable of paths (str or os.PathLike).
fn wordlist_paths(wordlists: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<PathBuf>> {
    Ok(match wordlists.filter(|o| !o.is_none()) {
        None => Vec::new(),
        // One path is taken as a list of one (a str is also iterable, by character).
        Some(w) if w.is_instance_of::<PyString>() || w.hasattr("__fspath__")? => {
            vec![w.extract::<PathBuf>()?]
        }
        Some(w) => {
            let mut v = Vec::new();
            for p in w.try_iter().map_err(|_| {
                PyTypeError::new_err(format!(
                    "wordlists must be a path or a list of paths, not {}",
                    type_name(w)
                ))
            })? {
                let p = p?;
                v.push(p.extract::<PathBuf>().map_err(|_| {
                    PyTypeError::new_err(format!(
                        "wordlists must hold paths (str or os.PathLike), not {}",
                        type_name(&p)
                    ))
                })?);
            }
            v
        }
    })
}

/// Built-in lists, plus the user's when `paths` names any (TOML files or folders of them).
fn engine(py: Python<'_>, paths: &[PathBuf]) -> PyResult<Engine> {
    let built = py.detach(|| -> Result<Engine, ListLoadError> {
        if paths.is_empty() {
            return Ok(Engine::builtin()?.clone());
        }
        let lists = load_wordlists(paths)?;
        Ok(Engine::with_extra_lists(lists)?)
    });
    built.map_err(list_error)
}

/// Runs `f` over the texts without the GIL: in the calling thread for `threads=1`, on a pool of
/// that size for `threads=n`, and on rayon's global pool (one thread per core) for `None`.
/// Results come back in input order.
fn run_many<T: Send>(
    py: Python<'_>,
    texts: Vec<String>,
    ids: Vec<Option<String>>,
    threads: Option<usize>,
    f: impl Fn(&str, Option<String>) -> PyResult<T> + Sync,
) -> PyResult<Vec<T>> {
    if threads == Some(0) {
        return Err(PyValueError::new_err(
            "threads must be at least 1 (or None for one per core)",
        ));
    }
    let pool = match threads {
        Some(n) if n > 1 => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyRuntimeError::new_err(format!("cannot start {n} threads: {e}")))?,
        ),
        _ => None,
    };
    py.detach(|| match (threads, pool) {
        (Some(1), _) => texts
            .into_iter()
            .zip(ids)
            .map(|(text, id)| f(&text, id))
            .collect::<PyResult<Vec<T>>>(),
        (_, pool) => {
            let go = || {
                texts
                    .into_par_iter()
                    .zip(ids)
                    .map(|(text, id)| f(&text, id))
                    .collect::<PyResult<Vec<T>>>()
            };
            match pool {
                Some(pool) => pool.install(go),
                None => go(),
            }
        }
    })
}

fn to_py(py: Python<'_>, report: &Report) -> PyResult<Py<PyAny>> {
    Ok(pythonize::pythonize(py, report)?.unbind())
}

fn to_json(report: &Report) -> PyResult<String> {
    serde_json::to_string(report)
        .map_err(|e| PyRuntimeError::new_err(format!("cannot serialise the report: {e}")))
}

/// Compiled wordlists, reusable for any number of texts and threads.
///
/// `Analyzer()` holds the built-in lists; `Analyzer(wordlists=["my-lists/"])` adds yours (TOML
/// files, or folders of them) and raises `WordListError` if one is malformed.
#[pyclass(module = "slant", name = "Analyzer", frozen)]
struct PyAnalyzer {
    engine: Engine,
    /// The user's list paths, to pickle the analyzer as "load these again" (e.g. to Spark
    /// executors) rather than as compiled tables.
    wordlists: Vec<PathBuf>,
}

#[pymethods]
impl PyAnalyzer {
    #[new]
    #[pyo3(signature = (wordlists=None))]
    fn new(py: Python<'_>, wordlists: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let wordlists = wordlist_paths(wordlists)?;
        Ok(PyAnalyzer {
            engine: engine(py, &wordlists)?,
            wordlists,
        })
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, pyo3::types::PyType>, (Vec<PathBuf>,))> {
        Ok((slf.get_type(), (slf.get().wordlists.clone(),)))
    }

    fn __repr__(&self) -> String {
        let paths: Vec<String> = self
            .wordlists
            .iter()
            .map(|p| format!("{:?}", p.display().to_string()))
            .collect();
        format!("slant.Analyzer(wordlists=[{}])", paths.join(", "))
    }

    /// Analyses one article; returns the report as a dict (the CLI's JSON report, field for field).
    #[pyo3(signature = (text, *, only=None, include_quoted=true, id=None, min_confidence=None))]
    fn analyze(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        only: Option<&Bound<'_, PyAny>>,
        include_quoted: bool,
        id: Option<&Bound<'_, PyAny>>,
        min_confidence: Option<f64>,
    ) -> PyResult<Py<PyAny>> {
        let settings = Settings::new(only, include_quoted, min_confidence)?;
        let report = self.one(py, text, &settings, id)?;
        to_py(py, &report)
    }

    /// As `analyze`, but the report as a compact JSON string: byte for byte the CLI's ndjson line.
    #[pyo3(signature = (text, *, only=None, include_quoted=true, id=None, min_confidence=None))]
    fn analyze_json(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        only: Option<&Bound<'_, PyAny>>,
        include_quoted: bool,
        id: Option<&Bound<'_, PyAny>>,
        min_confidence: Option<f64>,
    ) -> PyResult<String> {
        let settings = Settings::new(only, include_quoted, min_confidence)?;
        to_json(&self.one(py, text, &settings, id)?)
    }

    /// Analyses many articles in parallel without holding the GIL; reports (dicts) in input order.
    #[allow(clippy::too_many_arguments)] // one parameter per Python argument
    #[pyo3(signature = (texts, threads=None, *, ids=None, only=None, include_quoted=true, min_confidence=None))]
    fn analyze_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
        ids: Option<&Bound<'_, PyAny>>,
        only: Option<&Bound<'_, PyAny>>,
        include_quoted: bool,
        min_confidence: Option<f64>,
    ) -> PyResult<Py<PyList>> {
        let settings = Settings::new(only, include_quoted, min_confidence)?;
        let (texts, ids) = collect_inputs(texts, ids)?;
        let reports = run_many(py, texts, ids, threads, |t, id| {
            settings.run(&self.engine, t, id).map_err(analyze_error)
        })?;
        let items = reports
            .iter()
            .map(|r| to_py(py, r))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, items)?.unbind())
    }

    /// As `analyze_many`, but each report as a compact JSON string (serialised in parallel).
    #[allow(clippy::too_many_arguments)] // one parameter per Python argument
    #[pyo3(signature = (texts, threads=None, *, ids=None, only=None, include_quoted=true, min_confidence=None))]
    fn analyze_many_json(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
        ids: Option<&Bound<'_, PyAny>>,
        only: Option<&Bound<'_, PyAny>>,
        include_quoted: bool,
        min_confidence: Option<f64>,
    ) -> PyResult<Vec<String>> {
        let settings = Settings::new(only, include_quoted, min_confidence)?;
        let (texts, ids) = collect_inputs(texts, ids)?;
        run_many(py, texts, ids, threads, |t, id| {
            to_json(&settings.run(&self.engine, t, id).map_err(analyze_error)?)
        })
    }
}

impl PyAnalyzer {
    fn one(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        settings: &Settings,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Report> {
        let id = match id {
            Some(id) => id_of(id, "id")?,
            None => None,
        };
        let text = text_of(text, "text")?;
        py.detach(|| settings.run(&self.engine, &text, id))
            .map_err(analyze_error)
    }
}

#[pymodule]
fn _slant(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyAnalyzer>()?;
    m.add("WordListError", m.py().get_type::<WordListError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
