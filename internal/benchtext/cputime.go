package benchtext

import "testing"

// ReportCPU reports, as "MB/cpu-s", how many megabytes (10^6 bytes) of text a benchmark got
// through in each second of CPU time since start (a CPUSeconds reading): the throughput of one
// core, whatever else the machine runs, since time spent waiting for a core is not counted.
// The garbage collector's work on other cores is, so the number holds for GOMAXPROCS=1 too.
func ReportCPU(b interface{ ReportMetric(float64, string) }, start float64, bytes int64, n int) {
	if used := CPUSeconds() - start; start > 0 && used > 0 {
		b.ReportMetric(float64(bytes)*float64(n)/1e6/used, "MB/cpu-s")
	}
}

// Loop is the body of a benchmark of op on a text of size bytes: it sets the bytes and reports
// the allocations, runs op in b.Loop, and reports MB/cpu-s with ReportCPU.
func Loop(b *testing.B, size int, op func()) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := CPUSeconds()
	for b.Loop() {
		op()
	}
	ReportCPU(b, cpu, int64(size), b.N)
}
