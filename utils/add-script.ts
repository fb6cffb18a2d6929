/**
 * Adds a classic script to an extension page and settles once it has run (load) or could not be loaded (error). The
 * popup starts its app and its copy builders this way: each is one file, fetched and run in one step, where a module
 * with imports costs a round of requests per level of its graph.
 */
export function addScript(doc: Document, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener(
      'error',
      () => {
        script.remove();
        reject(new Error(`could not load ${src}`));
      },
      { once: true },
    );
    doc.body.append(script);
  });
}
