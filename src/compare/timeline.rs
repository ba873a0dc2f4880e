//! Timelines: the versions of a claim in order, with the diff from each to the next and
//! from the first to the last; and the same per speaker.

use super::actor::Actor;
use super::diff::Diff;
use super::tracker::{Claim, StatementId, Tracker};
use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// One version of a claim: a statement, where and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// The statement.
    pub statement: StatementId,
    /// Its document's id.
    pub doc: String,
    /// When it was made, when known.
    pub said: Option<Date>,
    /// When its document was published, when known.
    pub published: Option<Date>,
}

/// The change from one version to another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The earlier version.
    pub from: StatementId,
    /// The later one.
    pub to: StatementId,
    /// What changed.
    pub diff: Diff,
}

/// A claim's versions in order (statement date, then publication date, then the order
/// added), with the diffs between them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// The claim's id.
    pub claim: usize,
    /// Its versions, in order.
    pub versions: Vec<Version>,
    /// From each version to the next.
    pub steps: Vec<Step>,
    /// From the first version to the last, when there are two or more.
    pub first_to_last: Option<Step>,
}

/// One speaker's claims, each as a timeline of that speaker's versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpeakerTimeline {
    /// The name most often used for the speaker.
    pub speaker: String,
    /// Who it is across documents.
    pub actor: Actor,
    /// The speaker's versions of each claim, claims in the order of their first
    /// version.
    pub claims: Vec<Timeline>,
}

impl Tracker {
    /// The timeline of a claim (of this tracker).
    ///
    /// # Panics
    /// When the claim holds ids that are not of this tracker.
    pub fn timeline(&self, claim: &Claim) -> Timeline {
        self.timeline_of(claim.id, &claim.statements)
    }

    fn timeline_of(&self, claim: usize, ids: &[StatementId]) -> Timeline {
        let mut ids = ids.to_vec();
        ids.sort_by_key(|&s| self.timeline_key(s));
        let versions: Vec<Version> = ids
            .iter()
            .map(|&id| {
                let s = self.statement(id);
                Version {
                    statement: id,
                    doc: self.doc(id).to_string(),
                    said: s.date.map(|d| d.date),
                    published: s.source.published,
                }
            })
            .collect();
        let step = |from: StatementId, to: StatementId| Step {
            from,
            to,
            diff: self.diff(from, to),
        };
        let steps = ids.windows(2).map(|w| step(w[0], w[1])).collect();
        let first_to_last = match (ids.first(), ids.last()) {
            (Some(&f), Some(&l)) if ids.len() >= 2 => Some(step(f, l)),
            _ => None,
        };
        Timeline {
            claim,
            versions,
            steps,
            first_to_last,
        }
    }

    /// Timelines per speaker over `claims`: for each actor (a surname without a first
    /// name joins the one person of that surname when there is exactly one), that
    /// actor's versions of each claim.
    ///
    /// # Panics
    /// When a claim holds ids that are not of this tracker.
    pub fn speaker_timelines(&self, claims: &[Claim]) -> Vec<SpeakerTimeline> {
        let canonical = Canonical::new(claims.iter().flat_map(|c| {
            c.statements
                .iter()
                .flat_map(|&id| self.actors(id).iter().cloned())
        }));
        // actor → claim → its statements; names per actor for display.
        let mut by_actor: BTreeMap<Actor, BTreeMap<usize, Vec<StatementId>>> = BTreeMap::new();
        let mut names: HashMap<Actor, HashMap<String, usize>> = HashMap::new();
        for claim in claims {
            for &id in &claim.statements {
                let mut seen = HashSet::new();
                for actor in self.actors(id) {
                    let actor = canonical.of(actor);
                    if !seen.insert(actor.clone()) {
                        continue;
                    }
                    let name = self
                        .statement(id)
                        .speaker
                        .as_ref()
                        .map_or_else(|| actor.to_string(), |s| s.name.clone());
                    *names
                        .entry(actor.clone())
                        .or_default()
                        .entry(name)
                        .or_default() += 1;
                    by_actor
                        .entry(actor)
                        .or_default()
                        .entry(claim.id)
                        .or_default()
                        .push(id);
                }
            }
        }
        by_actor
            .into_iter()
            .map(|(actor, claims)| {
                let speaker = names
                    .get(&actor)
                    .and_then(|n| {
                        n.iter().max_by_key(|(name, count)| {
                            (**count, std::cmp::Reverse((*name).clone()))
                        })
                    })
                    .map_or_else(|| actor.to_string(), |(name, _)| name.clone());
                let mut timelines: Vec<Timeline> = claims
                    .into_iter()
                    .map(|(claim, ids)| self.timeline_of(claim, &ids))
                    .collect();
                timelines
                    .sort_by_key(|t| t.versions.first().map(|v| self.timeline_key(v.statement)));
                SpeakerTimeline {
                    speaker,
                    actor,
                    claims: timelines,
                }
            })
            .collect()
    }
}

/// Fills in what a mention leaves out when the corpus allows one reading only: "Mr
/// Schenker" is "David Schenker" when no other Schenker has a first name; "State
/// Department" is "US State Department" when no other country has one.
struct Canonical {
    firsts: HashMap<String, HashSet<String>>,
    countries: HashMap<String, HashSet<String>>,
}

impl Canonical {
    fn new(actors: impl Iterator<Item = Actor>) -> Canonical {
        let mut c = Canonical {
            firsts: HashMap::new(),
            countries: HashMap::new(),
        };
        for actor in actors {
            match actor {
                Actor::Person {
                    surname,
                    first: Some(first),
                } => {
                    c.firsts.entry(surname).or_default().insert(first);
                }
                Actor::Organisation {
                    name,
                    country: Some(country),
                } => {
                    c.countries.entry(name).or_default().insert(country);
                }
                _ => {}
            }
        }
        c
    }

    fn of(&self, actor: &Actor) -> Actor {
        let only = |set: Option<&HashSet<String>>| -> Option<String> {
            set.filter(|s| s.len() == 1)
                .and_then(|s| s.iter().next().cloned())
        };
        match actor {
            Actor::Person {
                surname,
                first: None,
            } => Actor::Person {
                surname: surname.clone(),
                first: only(self.firsts.get(surname)),
            },
            Actor::Person {
                surname,
                first: Some(f),
            } if f.len() == 1 => Actor::Person {
                surname: surname.clone(),
                first: self
                    .firsts
                    .get(surname)
                    .map(|s| {
                        s.iter()
                            .filter(|x| x.starts_with(f.as_str()))
                            .collect::<Vec<_>>()
                    })
                    .filter(|m| m.len() == 1)
                    .map_or_else(|| Some(f.clone()), |m| Some(m[0].clone())),
            },
            Actor::Organisation {
                name,
                country: None,
            } => Actor::Organisation {
                name: name.clone(),
                country: only(self.countries.get(name)),
            },
            other => other.clone(),
        }
    }
}
