package com.shopperspectrum.web;

/**
 * The body of every error answer of the API: the HTTP status, its reason phrase, and what was wrong.
 *
 * @param status the HTTP status code
 * @param error  the reason phrase ("Bad Request", "Not Found", …)
 * @param detail what was wrong, naming the parameter and value where there is one
 */
public record ApiError(int status, String error, String detail) {}
