/** A real OpenSearch node in a plain JVM, started by config/opensearch.sh for tests, benchmarks and development. */
package org.samling.opensearch;
