// Package chrometrace records Chrome's trace of a tab through the DevTools protocol (chromedp) and
// gives back its events, sorted by time: the tasks of each thread with their wall and CPU time,
// and the marks of the page's performance timeline. The end-to-end tests use it to measure the
// page's long tasks, and cmd/benchbrowser to take the page's start apart.
//
// It reads the trace; it does not judge it, and it knows nothing of our page.
package chrometrace

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"sync"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// Event is one event of the trace: Ph "X" is a complete one (a task, or a step in one) of Dur
// µs by the clock and Tdur µs of its thread's CPU, from Ts µs on the trace's clock; "R", "I",
// "n" and "b" are instants and marks.
type Event struct {
	Name string          `json:"name"`
	Cat  string          `json:"cat"`
	Ph   string          `json:"ph"`
	Pid  int             `json:"pid"`
	Tid  int             `json:"tid"`
	Ts   float64         `json:"ts"`
	Dur  float64         `json:"dur"`
	Tdur float64         `json:"tdur"`
	Args json.RawMessage `json:"args"`
}

// Recording is a trace being recorded in a tab.
type Recording struct {
	ctx    context.Context // the tab
	cancel context.CancelFunc
	keep   bool // whether Raw keeps every event as it came
	done   chan struct{}

	mu     sync.Mutex
	events []Event
	raw    []json.RawMessage
}

// Start starts recording the trace of the tab ctx in the given categories; with raw set, the
// recording also keeps every event as it came, for a trace viewer (Raw).
func Start(ctx context.Context, categories []string, raw bool) (*Recording, error) {
	lctx, cancel := context.WithCancel(ctx)
	r := &Recording{ctx: ctx, cancel: cancel, keep: raw, done: make(chan struct{})}
	chromedp.Listen(lctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			r.mu.Lock()
			defer r.mu.Unlock()
			for _, v := range e.Value {
				if r.keep {
					r.raw = append(r.raw, json.RawMessage(v))
				}
				var x Event
				if json.Unmarshal(v, &x) == nil && (x.Ph == "X" || x.Ph == "R" || x.Ph == "I" || x.Ph == "n" || x.Ph == "b") {
					r.events = append(r.events, x)
				}
			}
		case *tracing.EventTracingComplete:
			close(r.done)
		}
	})
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{TraceConfig: &tracing.TraceConfig{IncludedCategories: categories}}); err != nil {
		cancel()
		return nil, fmt.Errorf("starting Chrome's tracing: %w", err)
	}
	return r, nil
}

// Stop ends the recording and returns its events, sorted by time.
func (r *Recording) Stop() ([]Event, error) {
	defer r.cancel()
	if _, err := chromedp.Call(r.ctx, tracing.End, cdp.Empty{}); err != nil {
		return nil, fmt.Errorf("ending Chrome's tracing: %w", err)
	}
	select {
	case <-r.done:
	case <-r.ctx.Done():
		return nil, fmt.Errorf("Chrome's trace did not come: %w", r.ctx.Err())
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	sort.Slice(r.events, func(i, j int) bool { return r.events[i].Ts < r.events[j].Ts })
	return r.events, nil
}

// Raw is the trace as it came, as a trace viewer reads it, once Stop has returned; nil unless
// Start was asked to keep it.
func (r *Recording) Raw() ([]byte, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.keep {
		return nil, nil
	}
	return json.Marshal(map[string]any{"traceEvents": r.raw})
}

// Find returns the first event named name, or nil.
func Find(events []Event, name string) *Event {
	for i := range events {
		if events[i].Name == name {
			return &events[i]
		}
	}
	return nil
}
