/**
 * Rules about declarations rather than flow: ownership annotations that mean nothing or contradict
 * the method they override ({@code invalid-annotation}), and classes that own fields but cannot drop
 * them ({@code field-not-dropped}). The flow rules live beside the flow analysis.
 */
package dev.custody.processor.rules;
