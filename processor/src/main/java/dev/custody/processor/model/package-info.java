/**
 * The ownership contract read off declarations with {@code javax.lang.model} only: tracked types,
 * owned fields, what a method's result and parameters are. Shared by the checker and code generation.
 */
package dev.custody.processor.model;
