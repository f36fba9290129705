package benchtext

// ReportCPU reports, as "MB/cpu-s", how many megabytes (10^6 bytes) of text a benchmark got
// through in each second of CPU time since start (a CPUSeconds reading): the throughput of one
// core, whatever else the machine runs, since time spent waiting for a core is not counted.
// The garbage collector's work on other cores is, so the number holds for GOMAXPROCS=1 too.
func ReportCPU(b interface{ ReportMetric(float64, string) }, start float64, bytes int64, n int) {
	if used := CPUSeconds() - start; start > 0 && used > 0 {
		b.ReportMetric(float64(bytes)*float64(n)/1e6/used, "MB/cpu-s")
	}
}
