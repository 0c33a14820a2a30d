export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'msw' || specifier.startsWith('msw/')) {
    const error = new Error(`Cannot find package '${specifier}' (hidden by hooks/no-msw.js)`);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return nextResolve(specifier, context);
}
