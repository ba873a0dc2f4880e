//! Many documents at once: [`extract_batch`] and [`Extractor::extract_batch`].
//!
//! With the `parallel` feature the documents are spread over the cores with rayon's
//! work-stealing pool (the global one, or the pool you `install` the call in); without
//! it they are extracted one after the other on the calling thread. Either way the
//! result is the same: one [`Extraction`] per document, in the order of the documents,
//! so a caller can zip them back together.
//!
//! A batch holds every document of it in memory at once, and its extractions until it
//! returns. To run over a corpus larger than memory, read it in chunks (a few times the
//! number of cores is enough to keep them busy) and call this once per chunk, as the
//! `extract` example does with `--jobs N`.

use crate::extract::{Extraction, Extractor};
use crate::source::Document;

impl Extractor {
    /// Extracts every document of `docs` under this extractor's settings; the result
    /// has one [`Extraction`] per document, in the same order.
    ///
    /// With the `parallel` feature the documents are extracted on rayon's thread pool
    /// (the current one when called inside `ThreadPool::install`, else the global
    /// pool, one thread per core); without it, one after the other.
    ///
    /// ```
    /// use quotetrack::{Config, Document, Extractor};
    /// let docs = [
    ///     Document::new("a", "“We will stay,” the minister said."),
    ///     Document::new("b", "No one spoke."),
    /// ];
    /// let extractor = Extractor::new(Config::builder().min_confidence(0.5).build());
    /// let extractions = extractor.extract_batch(&docs);
    /// assert_eq!(extractions.len(), 2);
    /// assert_eq!(extractions[0].statements[0].text, "We will stay,");
    /// assert!(extractions[1].statements.is_empty());
    /// ```
    pub fn extract_batch(&self, docs: &[Document]) -> Vec<Extraction> {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            // One document per task: articles differ in size by orders of magnitude,
            // and work stealing evens that out better than fixed chunks would.
            docs.par_iter()
                .with_max_len(1)
                .map(|doc| self.extract(doc))
                .collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            docs.iter().map(|doc| self.extract(doc)).collect()
        }
    }
}

/// Extracts every document of `docs` with the default settings: one [`Extraction`] per
/// document, in order. On all cores with the `parallel` feature, on the calling thread
/// without it. See [`Extractor::extract_batch`] for other settings.
///
/// ```
/// use quotetrack::{Document, extract, extract_batch};
/// let docs: Vec<Document> = (0..4)
///     .map(|i| Document::new(format!("d{i}"), format!("“We need {i} more,” she said.")))
///     .collect();
/// let batch = extract_batch(&docs);
/// // The same as extracting them one by one, in the same order.
/// let one_by_one: Vec<_> = docs.iter().map(extract).collect();
/// assert_eq!(batch, one_by_one);
/// ```
pub fn extract_batch(docs: &[Document]) -> Vec<Extraction> {
    Extractor::default().extract_batch(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_keeps_order_and_matches_single_extraction() {
        let docs: Vec<Document> = (0..40)
            .map(|i| {
                let text = if i % 3 == 0 {
                    String::new()
                } else {
                    format!("“Plan {i} will work,” Mr Smith said. Officials said it would not.")
                };
                Document::new(format!("doc{i}"), text)
            })
            .collect();
        let batch = extract_batch(&docs);
        assert_eq!(batch.len(), docs.len());
        for (doc, extraction) in docs.iter().zip(&batch) {
            assert_eq!(*extraction, crate::extract::extract(doc), "{}", doc.id);
        }
        assert!(extract_batch(&[]).is_empty());
    }
}
