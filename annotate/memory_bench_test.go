package annotate

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/article-annotator/annotator/internal/benchtext"
)

// BenchmarkMemory measures the memory that annotating a generated 1 MB and 10 MB article takes,
// as multiples of the text's size (so 2.5 means two and a half times the text):
//   - alloc-MB/MB-text: everything Annotate allocates in one call (B/op over the text's size);
//   - peak-MB/MB-text: the most heap in use at once during the call, above the heap before it,
//     sampled every 200 µs from a collected start. It counts garbage not yet collected, so it
//     depends on GOGC (100 unless set);
//   - retained-MB/MB-text: what the returned Document keeps once the garbage is collected.
//
// The text itself is not counted: it exists before the call.
func BenchmarkMemory(b *testing.B) {
	for _, size := range []int{benchtext.MB, 10 * benchtext.MB} {
		text := benchtext.Article(size)
		b.Run(fmt.Sprintf("%dMB", size/benchtext.MB), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var peak, retained, alloc uint64
			var before, after runtime.MemStats
			n := 0
			for b.Loop() {
				b.StopTimer()
				collect()
				base := liveHeap()
				stop := sampleHeap(base, &peak)
				runtime.ReadMemStats(&before)
				b.StartTimer()
				doc := Annotate(text, benchRef)
				b.StopTimer()
				runtime.ReadMemStats(&after)
				stop()
				alloc += after.TotalAlloc - before.TotalAlloc
				n++
				collect()
				retained = max(retained, liveHeap()-min(base, liveHeap()))
				runtime.KeepAlive(doc)
				b.StartTimer()
			}
			mb := float64(len(text))
			b.ReportMetric(float64(alloc)/float64(n)/mb, "alloc-MB/MB-text")
			b.ReportMetric(float64(peak)/mb, "peak-MB/MB-text")
			b.ReportMetric(float64(retained)/mb, "retained-MB/MB-text")
		})
	}
}

// collect runs the garbage collector twice, so that what sync.Pools keep (quotes keeps its token
// buffer in one) is dropped too and the heap holds only live objects.
func collect() {
	runtime.GC()
	runtime.GC()
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

// liveHeap is the heap held by objects, live or not yet collected.
func liveHeap() uint64 {
	metrics.Read(heapSample)
	return heapSample[0].Value.Uint64()
}

// sampleHeap records in peak the largest heap above base until the returned stop is called,
// reading it every 200 µs and once more at the stop.
func sampleHeap(base uint64, peak *uint64) (stop func()) {
	var p atomic.Uint64
	p.Store(*peak)
	see := func() {
		if h := liveHeap(); h > base && h-base > p.Load() {
			p.Store(h - base)
		}
	}
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(200 * time.Microsecond)
		defer tick.Stop()
		for {
			see()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		<-finished
		see()
		*peak = p.Load()
	}
}
