/** Runnable programs that Custody's checker proves. */
package dev.custody.samples;
