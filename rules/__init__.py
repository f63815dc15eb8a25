"""The consistency rules, one per file. ALL is the one list of them, in run order;
a rule not listed here does not run. The hundreds digit of a code is its family:
NF1 counts and labels, NF2 rates, NF3 parts and wholes, NF4 percents, NF5 dates,
NF6 comparisons, NF7 across documents.
"""

ALL = [
    "NF101_count_vs_list",
    "NF102_label_vs_explanation",
    "NF103_repeated_mention",
    "NF104_respectively",
    "NF105_key_character_label",
    "NF106_pair_label",
    "NF201_rate_product",
    "NF202_average_above_peak",
    "NF203_cumulative_vs_rate",
    "NF204_per_unit_count",
    "NF301_part_exceeds_whole",
    "NF302_parts_vs_whole",
    "NF303_subset_exceeds_set",
    "NF304_groups_exceed_items",
    "NF305_sectors_sum",
    "NF401_share_over_100",
    "NF402_rate_granularity",
    "NF403_shares_over_whole",
    "NF404_structure_sums_to_100",
    "NF405_share_of_whole",
    "NF501_date_span",
    "NF502_event_order",
    "NF503_years_since",
    "NF504_plan_period",
    "NF505_future_after_dateline",
    "NF601_increase_exceeds_level",
    "NF602_growth_between_levels",
    "NF603_multiple_of",
    "NF604_rank_within_top",
    "NF605_rate_change",
    "NF701_ratio_across_documents",
]
