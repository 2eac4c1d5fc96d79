// Starts cognito-local (the Cognito stand-in) with two corrections, so that the local stack behaves
// like Cognito where the application depends on it. Test code: production talks to Cognito itself.
//
// 1. Cognito accepts the refresh token that answering the NEW_PASSWORD_REQUIRED challenge returns,
// but cognito-local 5.3.0 does not store that token (only InitiateAuth does), so /auth/refresh
// refused it and every invited user was signed out after choosing a password.
//
// 2. cognito-local 5.3.0 has no AdminCreateUser with MessageAction RESEND (it answers "Unsupported",
// a 500). Here it does what Cognito's API reference says: for a user who has not chosen a password
// yet (FORCE_CHANGE_PASSWORD), a new temporary password and the invitation delivered again (the
// stand-in writes it to its log, like every message); for any other user UnsupportedUserState; for
// none UserNotFound. Cognito's own message text and the expiry it resets are not modelled.
const { Targets } = require('cognito-local/lib/targets/targets');
const { CognitoError, UserNotFoundError } = require('cognito-local/lib/errors');

const respond = Targets.RespondToAuthChallenge;
Targets.RespondToAuthChallenge = (services) => {
  const answer = respond(services);
  return async (ctx, req) => {
    const result = await answer(ctx, req);
    const refreshToken = result.AuthenticationResult?.RefreshToken;
    if (refreshToken) {
      const pool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
      const user = await pool.getUserByUsername(ctx, req.ChallengeResponses.USERNAME);
      if (user) await pool.storeRefreshToken(ctx, refreshToken, user);
    }
    return result;
  };
};

const create = Targets.AdminCreateUser;
Targets.AdminCreateUser = (services) => {
  const createUser = create(services);
  return async (ctx, req) => {
    if (req.MessageAction !== 'RESEND') return createUser(ctx, req);
    const pool = await services.cognito.getUserPool(ctx, req.UserPoolId);
    const user = await pool.getUserByUsername(ctx, req.Username);
    if (!user) throw new UserNotFoundError();
    if (user.UserStatus !== 'FORCE_CHANGE_PASSWORD') {
      throw new CognitoError(
        'UnsupportedUserStateException',
        `Resend not possible. ${user.Username} status is ${user.UserStatus}.`,
      );
    }
    const temporaryPassword =
      process.env.CODE ?? require('crypto').randomBytes(6).toString('base64url');
    const resent = {
      ...user,
      Password: temporaryPassword,
      UserLastModifiedDate: services.clock.get(),
    };
    await pool.saveUser(ctx, resent);
    const email = resent.Attributes.find((a) => a.Name === 'email')?.Value;
    await services.messages.deliver(
      ctx,
      'AdminCreateUser',
      null,
      req.UserPoolId,
      resent,
      temporaryPassword,
      req.ClientMetadata,
      { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: email },
    );
    return { User: { Username: resent.Username, UserStatus: resent.UserStatus, Enabled: true } };
  };
};

require('cognito-local/lib/bin/start.js');
