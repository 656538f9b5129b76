import { bearerToken, cookieValue } from './bearer-token';

describe('bearerToken', () => {
  it('reads the token of a Bearer header, in any case of the scheme', () => {
    expect(bearerToken({ authorization: 'Bearer abc.def.ghi' })).toBe('abc.def.ghi');
    expect(bearerToken({ authorization: 'bearer abc' })).toBe('abc');
  });

  it('ignores other schemes and empty headers', () => {
    expect(bearerToken({ authorization: 'Basic dXNlcg==' })).toBeUndefined();
    expect(bearerToken({})).toBeUndefined();
  });
});

describe('cookieValue', () => {
  it('finds one cookie among several', () => {
    expect(cookieValue({ cookie: 'a=1; wp_refresh=tok-en_1; b=2' }, 'wp_refresh')).toBe('tok-en_1');
  });

  it('does not match a cookie whose name merely ends with the name', () => {
    expect(cookieValue({ cookie: 'xwp_refresh=evil' }, 'wp_refresh')).toBeUndefined();
  });
});
