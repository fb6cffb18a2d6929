import { options } from 'preact';

// Preact runs effects "after paint": a requestAnimationFrame raced against a 100 ms timer. jsdom drops pending
// frames when a test file's window closes, so the timer fires afterwards and calls cancelAnimationFrame on a
// global that no longer exists (an unhandled error that fails the run at random). In tests, effects run on the
// next macrotask instead, which needs nothing from the window.
options.requestAnimationFrame = (flush: () => void) => {
  setTimeout(flush, 0);
};
