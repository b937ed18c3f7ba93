/** Benchmarks of each Newsline stage against its bare baseline; see docs/benchmarks.md. */
package org.newsline.bench;
