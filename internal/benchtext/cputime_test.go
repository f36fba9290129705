package benchtext

import (
	"runtime"
	"testing"
)

type metrics map[string]float64

func (m metrics) ReportMetric(v float64, unit string) { m[unit] = v }

// CPUSeconds grows with work done, and ReportCPU divides the text by it.
func TestCPUTime(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no CPU time on", runtime.GOOS)
	}
	start := CPUSeconds()
	if start <= 0 {
		t.Fatalf("CPUSeconds() = %v at the start of a test", start)
	}
	text := ""
	for CPUSeconds()-start < 0.05 {
		text = Article(64 * KB)
	}
	m := metrics{}
	ReportCPU(m, start, int64(len(text)), 10)
	used := CPUSeconds() - start
	want := float64(len(text)) * 10 / 1e6 / used
	if got := m["MB/cpu-s"]; got < want*0.9 || got > want*1.5 {
		t.Errorf("MB/cpu-s = %v, want about %v (%d bytes ten times in %.3f s)", got, want, len(text), used)
	}
}
