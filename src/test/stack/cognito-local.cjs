// Starts cognito-local (the Cognito stand-in) with one correction, so that the local stack behaves
// like Cognito where the front end depends on it: Cognito accepts the refresh token that answering
// the NEW_PASSWORD_REQUIRED challenge returns, but cognito-local 5.3.0 does not store that token
// (only InitiateAuth does), so /auth/refresh refused it and every invited user was signed out after
// choosing a password. Test code: production talks to Cognito itself.
const { Targets } = require('cognito-local/lib/targets/targets');

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

require('cognito-local/lib/bin/start.js');
