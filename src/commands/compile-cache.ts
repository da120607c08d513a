/**
 * Node's on-disk compile cache for every command (scripts/*.ts): the TypeScript of src/ and the
 * JavaScript of its packages are stripped and compiled once, not again at every start of a
 * command and of each of its worker threads (issue 17: `npm run validate` reaches its first file
 * ~0.3 s sooner and its worker ~0.2 s sooner). A script awaits this before it imports its
 * command, because a module's static imports are all compiled before its first line runs; worker
 * threads and child processes inherit the cache through NODE_COMPILE_CACHE (src/config.ts).
 *
 * The cache sits where Node puts it (`os.tmpdir()/node-compile-cache`, or the folder
 * NODE_COMPILE_CACHE names) and is keyed by each module's content, so an edited file is compiled
 * afresh; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Nothing a command writes depends on it.
 */
import module from 'node:module';

export async function useCompileCache(): Promise<void> {
  const { directory } = module.enableCompileCache();
  // Imported only now, so that the config module and zod are compiled through the cache too.
  const { shareCompileCache } = await import('../config.ts');
  if (directory !== undefined) shareCompileCache(directory);
}
