package org.pmoengine.intake;

/**
 * The effort, in person-days, that the job size of an assessment is taken from: the requested
 * effort, or more when the category's track record says it will take more. The intake rules
 * insert it once that is settled, so that the job size bands match on a settled value.
 */
public record JobEffort(IntakeAssessment assessment, int personDays) {}
