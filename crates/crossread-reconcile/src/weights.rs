//! How much each kind of evidence counts for or against two clusters of figures answering one
//! question. Grouping adds these up ([`crate::group`]); a cluster joins the fact it scores highest
//! with, if that score reaches [`Weights::join`].
//!
//! The sizes are set against each other, not on their own: one strong agreement (the same concept,
//! or the same distinctive value) is enough to join; one clear conflict (another concept) outweighs
//! it; a weak hint (a shared context word, an undistinctive value) never joins alone. They were
//! tuned on the story sets as a whole (2.0, 3.0 and 3.5 were tried for the bar; 2.5 was best) and are
//! checked on sets kept apart.

/// The weights of grouping, one field per kind of evidence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Weights {
    /// The least score that joins a cluster to a fact: one strong agreement reaches it.
    pub join: f64,
    /// Against: the two share a sentence with equal values. A sentence seldom says one thing
    /// twice, so this nearly cancels a same-value match.
    pub same_sentence: f64,
    /// For: both say what they measure, and it is the same (killed, evacuated). As strong as the
    /// join bar: the concept is what the question is.
    pub same_concept: f64,
    /// Against: both say what they measure, and it differs. Stronger than any one agreement.
    pub other_concept: f64,
    /// For: both count the same noun family (people, homes).
    pub same_noun: f64,
    /// Against: they count different noun families.
    pub other_noun: f64,
    /// Against: one names what it counts and the other does not (and it is not people, which a
    /// bare count mostly counts).
    pub one_noun_unsaid: f64,
    /// For: both measures say what they measure ("12km of embankment") and it is the same.
    pub same_measured: f64,
    /// Against: they measure different things.
    pub other_measured: f64,
    /// For: an equal distinctive value (100 or more, a fraction, a measure): such values are
    /// seldom shared by chance, so this alone reaches the join bar.
    pub same_distinctive_value: f64,
    /// For: distinctive values that overlap without being equal (rounded, converted).
    pub near_distinctive_value: f64,
    /// For: overlapping values that are not distinctive (small counts): a hint only.
    pub plain_value: f64,
    /// Against: a count for one place that matches no value of an unscoped whole, when the story
    /// counts this concept place by place: a part of the whole, not a claim about it.
    pub part_without_value: f64,
    /// For: the share of context words the two have in common, times this.
    pub context: f64,
    /// For magnitudes: agencies measure one quake differently, so values within this many units
    /// are one question...
    pub magnitude_spread: f64,
    /// ...and join with this score.
    pub magnitude_join: f64,
    /// For: the same single place.
    pub same_place: f64,
    /// Against: a place and a part of it ("northwest norland" and "norland").
    pub place_and_part: f64,
    /// Against: one place and no place, when the story counts the concept place by place.
    pub place_and_whole_partitioned: f64,
    /// Against: one place and no place otherwise (a whole seldom names its place every time).
    pub place_and_whole: f64,
    /// Against: one place and a list holding it (a part and the list's whole).
    pub place_in_list: f64,
    /// Against: one place and a list without it.
    pub place_not_in_list: f64,
    /// For: the same list of places.
    pub same_places: f64,
    /// For: the same thing counted, or that a share or amount is of ("workforce", "fee").
    pub same_thing: f64,
    /// Against: different things (read from the sentence, so a weak sign).
    pub other_thing: f64,
    /// For: the same predicate ("cut", "win").
    pub same_predicate: f64,
    /// For: the same holder ("the Greens", "Ardent").
    pub same_holder: f64,
    /// Against: different holders: one party's seats are not another's.
    pub other_holder: f64,
    /// Against: one says whose it is and the other does not.
    pub one_holder_unsaid: f64,
    /// Against: different times: last year's figure, or a forecast, is not this one.
    pub other_time: f64,
    /// Against: values this many times apart or more, with no concept in common...
    pub far_ratio: f64,
    /// ...score this much less.
    pub far_value: f64,
    /// Against: values this many times apart or more that share their concept...
    pub far_ratio_same_concept: f64,
    /// ...score this much less (a toll may rise that far over days).
    pub far_value_same_concept: f64,
}

/// The weights grouping uses.
pub(crate) const WEIGHTS: Weights = Weights {
    join: 2.5,
    same_sentence: 2.0,
    same_concept: 2.5,
    other_concept: 3.0,
    same_noun: 2.0,
    other_noun: 2.0,
    one_noun_unsaid: 1.0,
    same_measured: 1.0,
    other_measured: 1.5,
    same_distinctive_value: 2.5,
    near_distinctive_value: 2.0,
    plain_value: 0.75,
    part_without_value: 4.0,
    context: 3.0,
    magnitude_spread: 0.35,
    magnitude_join: 3.5,
    same_place: 1.5,
    place_and_part: 2.5,
    place_and_whole_partitioned: 2.0,
    place_and_whole: 0.5,
    place_in_list: 1.0,
    place_not_in_list: 2.0,
    same_places: 1.0,
    same_thing: 0.5,
    other_thing: 0.0,
    same_predicate: 1.0,
    same_holder: 0.5,
    other_holder: 1.0,
    one_holder_unsaid: 1.0,
    other_time: 1.0,
    far_ratio: 2.0,
    far_value: 2.0,
    far_ratio_same_concept: 12.0,
    far_value_same_concept: 1.0,
};
