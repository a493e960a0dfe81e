package org.samling.review.service;

import java.util.List;

/** What a reviewer bids on: the submissions they may see (filtered), how many of all they have bid on. */
public record BiddingSheet(List<BlindSubmission> submissions, int bidOn, int total) {
}
