//! The pipeline: text → paragraphs → quotes → attribution frames → resolved statements.

use crate::source::Document;
use crate::speaker::Speaker;
use crate::statement::Statement;
use serde::{Deserialize, Serialize};

/// Settings of an [`Extractor`]. Build one with [`Config::builder`] or take the default.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// Statements whose confidence is below this are dropped (0 keeps everything).
    pub min_confidence: f32,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            min_confidence: 0.0,
        }
    }
}

impl Config {
    /// A builder starting from the defaults.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder {
            config: Config::default(),
        }
    }
}

/// Builds a [`Config`].
#[derive(Clone, Debug, Default)]
pub struct ConfigBuilder {
    config: Config,
}

impl ConfigBuilder {
    /// Keep only statements at or above this confidence (clamped to 0..=1).
    pub fn min_confidence(mut self, threshold: f32) -> ConfigBuilder {
        self.config.min_confidence = threshold.clamp(0.0, 1.0);
        self
    }

    /// The finished configuration.
    pub fn build(self) -> Config {
        self.config
    }
}

/// Everything extracted from one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The statements, in text order.
    pub statements: Vec<Statement>,
    /// The document's speaker registry; statements carry copies of these.
    pub speakers: Vec<Speaker>,
}

/// Extracts attributed statements from documents, under a [`Config`].
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    config: Config,
}

impl Extractor {
    /// An extractor with the given settings.
    pub fn new(config: Config) -> Extractor {
        Extractor { config }
    }

    /// The settings in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// All attributed statements of `doc`, with its speaker registry.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let _ = doc;
        Extraction {
            statements: Vec::new(),
            speakers: Vec::new(),
        }
    }
}

/// Extracts statements from `doc` with the default [`Config`].
pub fn extract(doc: &Document) -> Extraction {
    Extractor::default().extract(doc)
}
