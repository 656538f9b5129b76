import { Body, Controller, HttpCode, HttpStatus, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig, Public } from '@werkpunt/platform';
import type { Response } from 'express';
import { Role } from '../actor/actor';
import { clearAuthCookies, REFRESH_COOKIE, setAdminCookie, setRefreshCookie } from './auth-cookies';
import { AuthService } from './auth.service';
import { AuthenticatedRequest } from './authenticated-request';
import { cookieValue } from './bearer-token';
import { AccessTokenDto, LoginDto, PasswordResetDto, PasswordResetRequestDto } from './dto/auth.dto';
import { NoStore } from './no-store.interceptor';
import { IssuedTokens, Sessions } from './sessions';
import { AttemptThrottlerGuard, PER_ACCOUNT } from './throttling';

@ApiTags('authentication')
@Public()
@NoStore()
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: Sessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @UseGuards(AttemptThrottlerGuard)
  @ApiOperation({
    summary: 'Log in with e-mail (or the login name of an account without e-mail) and password',
    description:
      'Returns a short-lived access token and sets the refresh token as an httpOnly, SameSite=Strict cookie ' +
      'scoped to /api/v1/auth. Throttled per account and per client address.',
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or a deactivated account' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After' })
  async login(@Body() body: LoginDto, @Res({ passthrough: true }) response: Response): Promise<AccessTokenDto> {
    return this.answer(response, await this.auth.login(body, body.password));
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({
    summary: 'Exchange the refresh cookie for a new access token (and a new refresh cookie)',
    description: 'A refresh token works once. Presenting one that was already used ends the whole session.',
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ description: 'No, an expired, a revoked or a reused refresh token' })
  async refresh(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AccessTokenDto> {
    try {
      return this.answer(response, await this.sessions.rotate(cookieValue(request.headers, REFRESH_COOKIE)));
    } catch (error) {
      clearAuthCookies(response, this.config.auth.cookieSecure);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End the session of the refresh cookie (and of the access token, if sent)' })
  @ApiNoContentResponse({ description: 'Logged out; the cookies are cleared' })
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    const refreshToken = cookieValue(request.headers, REFRESH_COOKIE);
    if (refreshToken) await this.sessions.endByRefreshToken(refreshToken);
    if (request.sessionId) await this.sessions.end(request.sessionId, 'logout');
    clearAuthCookies(response, this.config.auth.cookieSecure);
  }

  @Post('password-reset/request')
  @HttpCode(HttpStatus.ACCEPTED)
  @UseGuards(AttemptThrottlerGuard)
  @ApiOperation({
    summary: 'Mail a password-reset code (valid 30 minutes)',
    description: 'Always answers 202, whether or not the address has an account.',
  })
  @ApiAcceptedResponse({ description: 'If the address has an account, a mail is on its way' })
  @ApiBadRequestResponse({ description: 'email is not an e-mail address' })
  async requestPasswordReset(@Body() body: PasswordResetRequestDto): Promise<{ detail: string }> {
    await this.auth.requestPasswordReset(body.email);
    return { detail: 'If this address belongs to an account, we sent it a code to choose a new password.' };
  }

  @Post('password-reset')
  @HttpCode(HttpStatus.NO_CONTENT)
  @SkipThrottle({ [PER_ACCOUNT]: true })
  @UseGuards(AttemptThrottlerGuard)
  @ApiOperation({ summary: 'Set a new password with the mailed code; ends every session of the account' })
  @ApiNoContentResponse({ description: 'Password changed; log in again' })
  @ApiBadRequestResponse({ description: 'The code was used or expired, or the password is not acceptable' })
  async resetPassword(@Body() body: PasswordResetDto): Promise<void> {
    await this.auth.resetPassword(body.token, body.password);
  }

  private answer(response: Response, issued: IssuedTokens): AccessTokenDto {
    const secure = this.config.auth.cookieSecure;
    setRefreshCookie(response, issued.refreshToken, issued.refreshTokenTtlMs, secure);
    if (issued.account.role === Role.Admin) {
      setAdminCookie(response, issued.accessToken, issued.accessTokenTtlSeconds * 1000, secure);
    }
    return { accessToken: issued.accessToken, tokenType: 'Bearer', expiresIn: issued.accessTokenTtlSeconds };
  }
}
