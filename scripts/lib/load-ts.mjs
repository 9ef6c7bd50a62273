// Lets a plain Node script import the project's TypeScript modules (the schemas, the pure checks): Node strips
// the types itself; this hook only lets their extensionless relative imports ('./shared') find the .ts file.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier))
        return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});
