//! The pipeline: text → paragraphs → quotes → attribution frames → resolved statements.

use crate::attribution::{Attribution, RawStatement, find_statements};
use crate::cue::Cue;
use crate::date::{DateOrigin, StatementDate};
use crate::resolve::Registry;
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
        let found = find_statements(&doc.text);
        let text = doc.text.as_str();
        let mut registry = Registry::default();
        let mut resolved: Vec<(RawStatement, Option<usize>)> =
            Vec::with_capacity(found.statements.len());
        // Mentions that start where a speaker phrase starts are that speaker.
        let speaker_starts: std::collections::HashSet<usize> = found
            .statements
            .iter()
            .filter_map(|r| match r.speaker {
                Attribution::Phrase(span) => Some(span.start),
                Attribution::SameAs(_) => None,
            })
            .collect();
        let mut mentions = found.mentions.iter().peekable();
        for r in found.statements {
            // Mentions read before this statement's speaker are antecedents for it.
            let at = match r.speaker {
                Attribution::Phrase(span) => span.start.min(r.span.start),
                Attribution::SameAs(_) => r.span.start,
            };
            while let Some(&&m) = mentions.peek() {
                if m.start >= at {
                    break;
                }
                mentions.next();
                if !speaker_starts.contains(&m.start) {
                    registry.observe(&text[m.range()], m);
                }
            }
            let id = match r.speaker {
                Attribution::Phrase(span) => {
                    registry.resolve(&doc.text[span.range()], span, &doc.text[..span.start])
                }
                Attribution::SameAs(k) => resolved
                    .get(k)
                    .and_then(|r| r.1)
                    .inspect(|&id| registry.touch(id)),
            };
            resolved.push((r, id));
        }
        let date = doc.source.published.map(|date| StatementDate {
            date,
            origin: DateOrigin::Publication,
            span: None,
        });
        let statements = resolved
            .iter()
            .filter(|(r, _)| r.confidence >= self.config.min_confidence)
            .map(|(r, id)| Statement {
                kind: r.kind,
                text: doc.text[r.span.range()].to_string(),
                span: r.span,
                speaker: id.map(|id| registry.speaker(id).clone()),
                speaker_mention: match r.speaker {
                    Attribution::Phrase(span) => Some(span),
                    _ => None,
                },
                cue: r.cue.map(|c| Cue {
                    text: doc.text[c.span.range()].to_string(),
                    lemma: c.verb.lemma.to_string(),
                    class: c.verb.class,
                    span: c.span,
                }),
                date,
                source: doc.source.clone(),
                paragraph: r.paragraph,
                confidence: r.confidence,
                rule: r.rule.to_string(),
            })
            .collect();
        Extraction {
            statements,
            speakers: registry.into_speakers(),
        }
    }
}

/// Extracts statements from `doc` with the default [`Config`].
pub fn extract(doc: &Document) -> Extraction {
    Extractor::default().extract(doc)
}
