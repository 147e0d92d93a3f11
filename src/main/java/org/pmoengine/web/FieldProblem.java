package org.pmoengine.web;

/** One invalid input field and what is wrong with it, in words for the person who typed it. */
public record FieldProblem(String field, String message) {}
