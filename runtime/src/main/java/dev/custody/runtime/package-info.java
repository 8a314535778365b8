/** Off-heap buffers owned by exactly one scope and freed when it ends. */
package dev.custody.runtime;
