package dev.custody.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityCacheTest {
  @Test
  void keysCompareByIdentityNotEquality() {
    IdentityCache<String, Integer> cache = new IdentityCache<>();
    String key = new String("k");
    String equalKey = new String("k");
    cache.put(key, 1);
    assertEquals(1, cache.get(key));
    assertNull(cache.get(equalKey));
  }

  @Test
  void aSecondPutReplacesTheValue() {
    IdentityCache<Object, String> cache = new IdentityCache<>();
    Object key = new Object();
    cache.put(key, "provisional");
    cache.put(key, "final");
    assertEquals("final", cache.get(key));
    assertEquals(1, cache.size());
  }

  @Test
  void everyKeySurvivesGrowth() {
    IdentityCache<Object, Integer> cache = new IdentityCache<>();
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Object key = new Object();
      keys.add(key);
      cache.put(key, i);
    }
    assertEquals(10_000, cache.size());
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(i, cache.get(keys.get(i)));
    }
    assertNull(cache.get(new Object()));
  }

  @Test
  void nullValuesAreRefused() {
    IdentityCache<Object, String> cache = new IdentityCache<>();
    assertThrows(IllegalArgumentException.class, () -> cache.put(new Object(), null));
  }
}
